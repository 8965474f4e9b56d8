/**
 * Which page this is: the one answer every part of the content script (marks, popover, highlights,
 * sightings, rejections) gives when it files something under the page.
 *
 * The address carries what the page says about itself: its canonical link, passed on only when
 * the one rule for canonicals (`trustedCanonical` in src/core/url: same origin with port, a
 * mobile/AMP host of the same site, or the publisher an AMP cache names) allows it, and whether
 * it declares itself AMP. The background turns it into the page record with `pageIdentity`, the
 * same rule, so an article read at its AMP or tracking-laden address and at its canonical one is
 * one page.
 */
import { normaliseUrl, pageIdentity, trustedCanonical } from '../../core/url/index.ts';
import type { PageAddress } from '../../protocol.ts';

/** The href of the page's canonical link as the page states it now, resolved (null if none). */
function canonicalHref(doc: Document): string | null {
  return doc.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href ?? null;
}

/** The page's address now: where it was visited, its title, its trusted canonical link, AMP. */
export function readPageAddress(doc: Document = document, href: string = doc.location.href): PageAddress {
  const stated = canonicalHref(doc);
  const visited = normaliseUrl(href);
  const canonical = stated ? normaliseUrl(stated) : null;
  const trusted = !!visited && !!canonical && (canonical === visited || trustedCanonical(visited, canonical));
  const html = doc.documentElement;
  return { url: href, title: doc.title, canonical: trusted ? stated : null, amp: html.hasAttribute('amp') || html.hasAttribute('⚡') };
}

/** The address a page is filed under (what makes two addresses the same page); null for non-web pages. */
export function identityOf(address: PageAddress): string | null {
  return pageIdentity(address.url, { canonical: address.canonical ?? null, amp: address.amp === true })?.url ?? null;
}
