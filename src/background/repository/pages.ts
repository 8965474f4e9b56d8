/**
 * Pages: one record per article, filed under its normalised (canonical) address; the addresses
 * that led to it are its aliases. Part of the repository: the only code that reads or writes
 * the reader's data in Dexie.
 */
import { db } from '../db.ts';
import type { PageAddress } from '../../protocol.ts';
import type { PageRecord } from '../../core/model/types.ts';
import { nextRev } from '../../core/model/revision.ts';
import { pageIdentity, siteOf, trustedCanonical, type PageIdentity } from '../../core/url/index.ts';
import { now, uuid } from './clock.ts';

/** where a page is: its address as visited, and its canonical link and AMP flag when the page said */
export type PageLocation = Pick<PageAddress, 'url' | 'canonical' | 'amp'>;

const identityOf = (at: PageLocation): PageIdentity | null => pageIdentity(at.url, { canonical: at.canonical ?? null, amp: at.amp === true });

/**
 * The page filed for a page identity: under its address, or reached by it, else by the alias
 * that led to it. An alias counts only when that address may name the page as its canonical
 * (`trustedCanonical`: same site, its mobile/AMP host, an AMP cache naming it), whatever put it
 * there (an imported file, an old record): one site's visit never reaches another site's page.
 * (One async level below the transaction's callback, so Dexie keeps its zone.)
 */
async function pageByIdentity(id: PageIdentity): Promise<PageRecord | undefined> {
  for (const address of [id.url, id.alias]) {
    if (!address) continue;
    const page = (await db.pages.where('url').equals(address).first())
      ?? (await db.pages.where('aliases').equals(address).toArray()).find((p) => trustedCanonical(address, p.url));
    if (page) return page;
  }
  return undefined;
}

/**
 * The one look-up of a filed page: by the address as a page would send it (tracking parameters,
 * fragments…), with what the page says about itself (canonical link, AMP) where known.
 */
export function findPage(at: PageLocation): Promise<PageRecord | undefined> {
  const id = identityOf(at);
  return id ? pageByIdentity(id) : Promise.resolve(undefined);
}

export async function pagesById(ids: Iterable<string>): Promise<Map<string, PageRecord>> {
  const list = await db.pages.bulkGet([...new Set(ids)]);
  return new Map(list.filter((p): p is PageRecord => !!p).map((p) => [p.id, p]));
}

/**
 * Find or create the page a visit belongs to and stamp the visit (`visit: false` files the page
 * without counting a visit, e.g. for a rejection). Call inside a rw transaction on pages.
 */
export async function filePage(addr: PageAddress, opts: { visit?: boolean } = {}): Promise<PageRecord | null> {
  const id = identityOf(addr);
  if (!id) return null;
  const t = now();
  const found = await pageByIdentity(id);
  if (!found) {
    const page: PageRecord = {
      id: uuid(),
      url: id.url,
      title: addr.title.trim() || id.url,
      site: siteOf(id.url),
      firstVisit: t,
      lastVisit: t,
      aliases: id.alias ? [id.alias] : [],
      rev: 1,
    };
    await db.pages.add(page);
    return page;
  }
  const aliases = new Set(found.aliases);
  for (const a of [id.url, id.alias]) if (a && a !== found.url) aliases.add(a);
  const title = addr.title.trim() || found.title;
  const changed = title !== found.title || aliases.size !== found.aliases.length;
  if (opts.visit === false && !changed) return found;
  const page: PageRecord = { ...found, title, lastVisit: opts.visit === false ? found.lastVisit : t, aliases: [...aliases], rev: nextRev(found) };
  await db.pages.put(page);
  return page;
}

/** a visit: file the page and stamp the visit, in one transaction */
export function visitPage(addr: PageAddress): Promise<PageRecord | null> {
  return db.transaction('rw', db.pages, () => filePage(addr));
}
