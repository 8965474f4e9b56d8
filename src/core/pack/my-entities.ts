/**
 * "My entities": the reader's own pack, grown one entity at a time from a small form in the
 * notebook. The form's fields become a regular pack entity; the pack is then validated and
 * compiled like any imported pack, and what the checks find is said to the reader in the form's
 * terms ("'Minsk' is already a place in the default pack; add it as another meaning?"), never in
 * pack-file terms. Pure: no browser API.
 */
import { ENTITY_TYPES, PACK_FORMAT, PACK_FORMAT_VERSION, type Alias, type Entity, type EntityType, type Pack } from './types.ts';
import { DEFAULT_PACK_ID, MY_PACK_ID } from './import.ts';
import { issuesAbout, type OtherEntity, type PackIssue, type PackIssueCode } from './issues.ts';
import { normaliseKey } from '../spot/normalise.ts';

/** What the "Add your own entity" form sends. */
export interface EntityDraft {
  name: string;
  type: EntityType;
  /** one line */
  description: string;
  /** other names, comma-separated ("Jane, J. Doe") */
  aliases: string;
  /** a few sentences; the description is used when empty */
  summary?: string;
  /** how a reader tells this entity apart from another one with the same name (the validator asks for it) */
  sharedNote?: string;
}

export const MY_SOURCE = { name: 'Added by you in Gloss', licence: 'private' } as const;

/** "Jane, J. Doe,, jane " → ["Jane", "J. Doe"]: trimmed, no empties, no repeats (same normalised text), not the name itself */
export function parseAliasList(input: string, name = ''): string[] {
  const seen = new Set<string>([normaliseKey(name)]);
  const out: string[] = [];
  for (const part of input.split(',')) {
    const text = part.replace(/\s+/g, ' ').trim();
    const key = normaliseKey(text);
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** "Jane Doe" → "jane-doe"; letters of every script are kept ("Łukasz Żak" → "lukasz-zak") */
export function slugOf(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'L')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'entity'
  );
}

/** A pack-local id ("mine:person:jane-doe") not in `taken`. */
export function myEntityId(type: EntityType, name: string, taken: ReadonlySet<string>): string {
  const base = `mine:${ENTITY_TYPES.includes(type) ? type : 'other'}:${slugOf(name)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The entity the form describes. Fields are trimmed; the validator judges the rest (an empty
 * name or description gets its message naming the field). With a sharedNote, the name is listed
 * as an alias too so the note covers it.
 */
export function entityFromDraft(draft: EntityDraft, taken: ReadonlySet<string>): Entity {
  const name = (draft.name ?? '').replace(/\s+/g, ' ').trim();
  const note = (draft.sharedNote ?? '').trim();
  const description = (draft.description ?? '').replace(/\s+/g, ' ').trim();
  const texts = parseAliasList(draft.aliases ?? '', name);
  const aliases: Alias[] = texts.map((text) => (note ? { text, sharedNote: note } : { text }));
  if (note && name) aliases.unshift({ text: name, kind: 'name', sharedNote: note });
  return {
    id: myEntityId(draft.type, name, taken),
    name,
    type: draft.type,
    description,
    summary: (draft.summary ?? '').trim() || description,
    aliases,
    sources: [{ ...MY_SOURCE }],
  };
}

/** The reader's pack holding `entities`, dated `today` (YYYY-MM-DD). */
export function myPack(entities: Entity[], today: string): Pack {
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: MY_PACK_ID,
    name: 'My entities',
    version: String(entities.length),
    languages: ['und'],
    licence: 'private',
    dataDate: today,
    sources: [{ ...MY_SOURCE }],
    description: 'People, organisations and places you added yourself in the Gloss notebook.',
    entities,
  };
}

/** A problem with the form, for the reader. */
export interface EntityProblem {
  code: PackIssueCode;
  /** the form field it is about, when there is one */
  field?: 'name' | 'type' | 'description' | 'aliases' | 'summary' | 'sharedNote';
  /** a sentence for the reader */
  message: string;
  /**
   * The name is already another entity's: the form offers to add this one as another meaning of
   * it (with a note saying how to tell them apart; the description serves when none is written).
   */
  anotherMeaning?: { name: string; existing: OtherEntity };
}

const A_TYPE: Record<EntityType, string> = { person: 'a person', organisation: 'an organisation', place: 'a place', event: 'an event', other: 'a name' };

/** "the default pack", "the pack Newsroom (Eastwick)", "your own entities" */
function whereItIs(o: OtherEntity): string {
  if (o.packId === undefined || o.packId === MY_PACK_ID) return 'one of your own entities';
  return o.packId === DEFAULT_PACK_ID ? 'in the default pack' : `in your pack "${o.packName ?? o.packId}"`;
}

function fieldOf(path: string): EntityProblem['field'] {
  const head = /^[a-zA-Z]+/.exec(path)?.[0];
  return head === 'name' || head === 'type' || head === 'description' || head === 'aliases' || head === 'summary' ? head : undefined;
}

/** One issue the checks found with the reader's entity, as a sentence about the form. */
export function problemForReader(issue: PackIssue): EntityProblem {
  const field = fieldOf(issue.field);
  const other = issue.others?.[0];
  switch (issue.code) {
    case 'name-in-other-pack':
    case 'shared-name': {
      if (!other || issue.name === undefined) break;
      const what = other.type ? A_TYPE[other.type] : 'a name';
      const where = whereItIs(other);
      const message = where === 'one of your own entities'
        ? `'${issue.name}' is already one of your own entities (${what}: ${other.name}); add it as another meaning?`
        : `'${issue.name}' is already ${what} ${where}${other.name !== issue.name ? ` (${other.name})` : ''}; add it as another meaning?`;
      return { code: issue.code, field: 'sharedNote', message, anotherMeaning: { name: issue.name, existing: other } };
    }
    case 'missing':
    case 'empty':
      if (field === 'summary') return { code: issue.code, field, message: 'Add a summary, or a one-line description that serves as one.' };
      if (field === 'name') return { code: issue.code, field, message: 'Give it a name: the name as pages write it.' };
      if (field === 'description') return { code: issue.code, field, message: "Add a one-line description (for example 'Mayor of Eastwick since 2024'): the popover shows it." };
      break;
    case 'empty-alias':
      return { code: issue.code, field: 'aliases', message: `'${issue.name ?? ''}' in Other names has no letters or digits; remove it.` };
    case 'invalid':
      if (field === 'type') return { code: issue.code, field, message: 'Choose what it is: a person, an organisation, a place, an event or other.' };
      break;
  }
  // nothing the form lets a reader cause; said plainly all the same
  return { code: issue.code, ...(field ? { field } : {}), message: `Gloss could not add it: ${issue.message}.` };
}

/**
 * The problems with the reader's new entity `entityId` (older ones were checked when added), for
 * the form: each said once, and an empty summary not at all when the description is empty too
 * (the summary is the description unless one is written).
 */
export function problemsForReader(entityId: string, issues: readonly PackIssue[]): EntityProblem[] {
  const problems = issuesAbout(entityId, issues).map(problemForReader);
  const noDescription = problems.some((p) => p.field === 'description');
  const seen = new Set<string>();
  return problems.filter((p) => {
    if (seen.has(p.message) || (noDescription && p.field === 'summary')) return false;
    seen.add(p.message);
    return true;
  });
}
