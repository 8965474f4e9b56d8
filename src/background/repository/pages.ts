/**
 * Pages: one record per article, filed under its normalised (canonical) address; the addresses
 * that led to it are its aliases. Part of the repository: the only code that reads or writes
 * the reader's data in Dexie.
 */
import { db } from '../db.ts';
import type { PageAddress } from '../../protocol.ts';
import type { PageRecord } from '../../core/model/types.ts';
import { nextRev } from '../../core/model/revision.ts';
import { normaliseUrl, pageIdentity, siteOf } from '../../core/url/index.ts';
import { now, uuid } from './clock.ts';

/** the page filed under this normalised address, or reached by it */
export async function pageByAddress(address: string): Promise<PageRecord | undefined> {
  return (await db.pages.where('url').equals(address).first()) ?? (await db.pages.where('aliases').equals(address).first());
}

/** the page for an address as a page would send it (tracking parameters, fragments…), if filed */
export async function pageForUrl(url: string): Promise<PageRecord | undefined> {
  const address = normaliseUrl(url);
  return address ? pageByAddress(address) : undefined;
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
  const id = pageIdentity(addr.url, { canonical: addr.canonical ?? null, amp: addr.amp === true });
  if (!id) return null;
  const t = now();
  const found = (await pageByAddress(id.url)) ?? (id.alias ? await pageByAddress(id.alias) : undefined);
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
