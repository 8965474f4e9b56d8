/**
 * The look-up messages (issue #14). Only Gloss's frame and Gloss's own pages may send them
 * (senders.ts): a web page's content script can neither start a request nor read a kept answer.
 * The frame sends searches and articles over a port of their own (port-requests.ts), so the
 * requests stop when the reader closes the popover; a search the frame starts without the reader's
 * click needs the ticket a browser command left for its tab (commands.ts).
 */
import type { Handlers } from '../handlers.ts';
import { updateSettings } from '../handlers.ts';
import { Refusal } from '../refusal.ts';
import * as repo from '../repository/index.ts';
import { loadedNameIndex } from '../packs.ts';
import { changeMine } from '../my-entities.ts';
import { problemsForReader } from '../../core/pack/my-entities.ts';
import { hostsGranted, lookupClient } from './client.ts';
import { lookupTickets } from './commands.ts';
import { lookupCacheKey } from '../../core/lookup/cache.ts';
import { wikiLanguage } from '../../core/lookup/language.ts';
import { entityFromLookup } from '../../core/lookup/personal-entity.ts';
import { planKeep, type KeepOutcome, type KeepPlan } from '../../core/lookup/keep.ts';
import type { LookupArticle } from '../../core/lookup/types.ts';
import type { ArticleView } from '../../protocol.ts';

/** the entity a loaded pack already has with this Wikidata id (My entities included) */
async function knownAs(qid: string): Promise<ArticleView['known']> {
  const other = (await loadedNameIndex()).byId.get(qid);
  return other ? { packId: other.packId, packName: other.packName, entityName: other.entityName } : null;
}

/** the article as the reader allowed it: without its picture unless images are on */
function asAllowed(article: LookupArticle, images: boolean): LookupArticle {
  return images || !article.wikipedia?.thumbnail ? article : { ...article, wikipedia: { ...article.wikipedia, thumbnail: null } };
}

async function keep(qid: string, lang: string | null, choice: Parameters<typeof entityFromLookup>[1], note?: string): Promise<KeepOutcome> {
  const kept = await repo.getLookup(lookupCacheKey.article(qid, wikiLanguage(lang)));
  if (!kept) throw new Refusal('Gloss no longer has this look-up (its kept answers were forgotten). Look the name up again, then keep it.');
  const entity = entityFromLookup(kept.value as LookupArticle, choice, kept.fetchedAt);
  let replaced = false;
  const changed = await changeMine<Exclude<KeepPlan, { kind: 'keep' }>>((mine, index) => {
    const plan = planKeep(mine, entity, index, note);
    if (plan.kind !== 'keep') return { stop: plan };
    replaced = plan.replaced;
    return { entities: plan.entities };
  });
  if (changed.stored) return { outcome: 'kept', entity: changed.pack.entities.find((e) => e.id === entity.id) ?? entity, replaced };
  if ('issues' in changed) return { outcome: 'refused', problems: problemsForReader(entity.id, changed.issues).map((p) => p.message) };
  const { stop } = changed;
  if (stop.kind === 'known') return { outcome: 'known', entityName: stop.entityName, packName: stop.packName };
  return { outcome: 'needs-note', others: stop.others, suggestedNote: entity.description };
}

export const lookupHandlers = {
  'lookup/search': async ({ name, lang, askedBy }, from, signal) => {
    if (askedBy === 'command' && !(from.kind === 'frame' && lookupTickets.take(from.tabId, name))) {
      throw new Refusal('Gloss starts a look-up only when you ask for it: choose Look up in the panel.');
    }
    return (await lookupClient()).search(name, lang, signal);
  },

  'lookup/article': async ({ qid, lang }, _from, signal) => {
    const found = await (await lookupClient()).article(qid, lang, signal);
    if (!found.ok) return found;
    const { lookupImages } = await repo.getSettings();
    return { ...found, value: { article: asAllowed(found.value, lookupImages), known: await knownAs(found.value.qid) } };
  },

  'lookup/save': async ({ qid, lang, choice, note }) => keep(qid, lang, choice, note),

  'lookup/access': async () => ({ on: (await repo.getSettings()).onlineLookup, granted: await hostsGranted() }),

  'lookup/turnOn': async () => {
    if (!(await hostsGranted())) {
      throw new Refusal('Your browser has not given Gloss access to Wikipedia and Wikidata, so the look-up stays off. Turn it on again and allow the access when your browser asks.');
    }
    await updateSettings((current) => ({ ...current, onlineLookup: true }));
    return { on: true as const };
  },

  'lookup/kept': async () => ({ count: await repo.lookupCount() }),
  'lookup/forget': async () => ({ forgotten: await repo.forgetLookups() }),
} satisfies Partial<Handlers>;
