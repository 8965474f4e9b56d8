/**
 * "Everything I have read and noted about this person": an entity's dossier, and the list of
 * entities the notebook's "by entity" view shows. Built in the background from the reader's
 * data, the loaded packs, and the matcher run over the highlights' text.
 */
import type { Entity, EntityType, PackMeta } from '../pack/types.ts';
import type { NotebookEntry } from './notebook.ts';
import type { PageRecord } from './types.ts';

export interface EntityListing {
  entityId: string;
  /** the pack's name for it, else the name the reader's notes recorded, else the id */
  name: string;
  type: EntityType | null;
  /** pages where the reader met it */
  pagesSeen: number;
  /** highlights whose text mentions it */
  highlights: number;
  /** the reader's notes about it */
  notes: number;
  /** when the reader last met it or wrote about it */
  last: string;
}

export interface DossierSighting {
  page: PageRecord;
  count: number;
  firstSeen: string;
  lastSeen: string;
}

export interface Dossier {
  entityId: string;
  name: string;
  /** the entity as its pack describes it; null when no loaded pack knows it any more */
  entity: Entity | null;
  pack: Pick<PackMeta, 'id' | 'name' | 'dataDate' | 'licence'> | null;
  /** pages where the reader met it, most recent first */
  sightings: DossierSighting[];
  /** highlights whose quote mentions it, newest first */
  highlights: NotebookEntry[];
  /** the reader's notes about it, newest first */
  notes: NotebookEntry[];
}

/**
 * Which highlights mention which entities: the quotes of each page are read together (one
 * "\n" between quotes, as between blocks of a page, so names never run across two) by the
 * given spotter, and each mention is traced back to its highlight. Pure; the background passes
 * the loaded packs' matcher.
 */
export function mentionsInHighlights(
  highlights: readonly { id: string; pageId: string; quote: string }[],
  spot: (text: string) => { start: number; entityId: string }[],
): Map<string, Set<string>> {
  const byPage = new Map<string, { id: string; quote: string }[]>();
  for (const h of highlights) {
    if (!h.quote) continue;
    const list = byPage.get(h.pageId) ?? [];
    list.push(h);
    byPage.set(h.pageId, list);
  }
  const out = new Map<string, Set<string>>();
  for (const list of byPage.values()) {
    const starts: number[] = [];
    let text = '';
    for (const h of list) {
      starts.push(text.length);
      text += `${h.quote.replace(/\n/g, ' ')}\n`;
    }
    for (const m of spot(text)) {
      if (!m.entityId) continue;
      // the last quote that starts at or before the mention
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= m.start) lo = mid;
        else hi = mid - 1;
      }
      const set = out.get(m.entityId) ?? new Set<string>();
      set.add(list[lo]!.id);
      out.set(m.entityId, set);
    }
  }
  return out;
}
