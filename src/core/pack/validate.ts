/**
 * Pack validation: the shape (valibot schema) plus checks across entities. Every problem is a
 * `PackIssue` (issues.ts): a code, the entity (id and name) and the field, and a sentence, so a pack
 * author can fix it without reading code and callers never parse text. A pack that fails is refused
 * as a whole; the caller shows the issues (`formatIssue`).
 */
import * as v from 'valibot';
import { ENTITY_TYPES, PACK_FORMAT, PACK_FORMAT_VERSION, type Entity, type Pack } from './types.ts';
import { entityLabel, type PackIssue } from './issues.ts';
import { normaliseKey } from '../spot/normalise.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const ID = /^(Q[1-9]\d*|[a-z][a-z0-9-]*:\S+)$/;
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ALIAS_KINDS = ['name', 'short', 'acronym', 'former', 'transliteration', 'surname', 'title', 'demonym'] as const;

const text = (what: string) => v.pipe(v.string(`${what} must be a string`), v.trim(), v.nonEmpty(`${what} must not be empty`));
const optDate = (what: string) => v.optional(v.pipe(v.string(), v.regex(DATE, `${what} must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD`)));

/**
 * A link a reader may follow from the popover or the notebook: a full http(s) address, never
 * "javascript:", "data:", "file:" or an extension page, whatever the pack says.
 */
const webUrl = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.url(`${what} must be a full URL (https://…)`),
    v.check((u) => !URL.canParse(u) || /^https?:$/i.test(new URL(u).protocol), (issue) => `${what} must be an https: or http: address, not "${String(issue.input).split(':')[0]}:"`),
  );

const SourceSchema = v.object({
  name: text('source name'),
  url: v.optional(webUrl('source url')),
  licence: text('source licence'),
  asOf: optDate('source asOf'),
});

const AliasSchema = v.object({
  text: v.string('alias text must be a string'),
  lang: v.optional(v.pipe(v.string(), v.regex(LANG, 'alias lang must be a BCP 47 tag such as "en", "fr" or "be-Latn"'))),
  kind: v.optional(v.picklist(ALIAS_KINDS, `alias kind must be one of ${ALIAS_KINDS.join(', ')}`)),
  caseSensitive: v.optional(v.boolean('caseSensitive must be true or false')),
  sharedNote: v.optional(text('sharedNote')),
  requiresContext: v.optional(v.boolean('requiresContext must be true or false')),
  contextWords: v.optional(v.array(text('a context word'))),
});

const FactSchema = v.object({
  label: text('fact label'),
  value: text('fact value'),
  since: optDate('fact since'),
  until: optDate('fact until'),
  asOf: optDate('fact asOf'),
  source: v.optional(text('fact source')),
});

const EntitySchema = v.object({
  id: v.pipe(v.string('id must be a string'), v.regex(ID, 'id must be a Wikidata QID ("Q123") or a prefixed pack-local id ("gloss:person:jane-doe")')),
  name: text('name'),
  type: v.picklist(ENTITY_TYPES as EntityTypeTuple, `type must be one of ${ENTITY_TYPES.join(', ')}`),
  description: text('description'),
  summary: text('summary'),
  aliases: v.array(AliasSchema, 'aliases must be a list (it may be empty)'),
  facts: v.optional(v.array(FactSchema, 'facts must be a list')),
  related: v.optional(v.array(text('a related id'), 'related must be a list of entity ids')),
  sources: v.pipe(v.array(SourceSchema, 'sources must be a list'), v.minLength(1, 'sources must name at least one source')),
});
type EntityTypeTuple = ['person', 'organisation', 'place', 'event', 'other'];

const MetaFields = {
  format: v.literal(PACK_FORMAT, `format must be "${PACK_FORMAT}"`),
  formatVersion: v.pipe(v.number('formatVersion must be a number'), v.integer(), v.minValue(1)),
  id: v.pipe(text('pack id'), v.regex(/^[a-z0-9][a-z0-9._-]*$/, 'pack id must be lower case letters, digits, ".", "_" or "-"')),
  name: text('pack name'),
  version: text('pack version'),
  languages: v.pipe(v.array(v.pipe(v.string(), v.regex(LANG, 'each language must be a BCP 47 tag'))), v.minLength(1, 'languages must list at least one language')),
  licence: text('pack licence'),
  dataDate: v.pipe(v.string('dataDate must be a string'), v.regex(DATE, 'dataDate must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')),
  sources: v.array(SourceSchema, 'sources must be a list'),
  description: v.optional(v.string()),
};
export const PackMetaSchema = v.object(MetaFields);
export const PackSchema = v.object({ ...MetaFields, entities: v.array(EntitySchema, 'entities must be a list') });
export const EntityListSchema = v.array(EntitySchema);

export type ValidationResult =
  | { ok: true; pack: Pack; warnings: PackIssue[] }
  | { ok: false; errors: PackIssue[]; warnings: PackIssue[] };

/** at most this many schema issues are listed, then one "… and N more" */
const MAX_LISTED = 50;

/** where a valibot issue is: the entity (index, id, name) and the field path inside it, or a pack field */
function placeOf(input: unknown, path: v.IssuePathItem[] | undefined): Pick<PackIssue, 'field' | 'entityId' | 'entityName' | 'entityIndex'> {
  const keys = (path ?? []).map((p) => p.key as string | number);
  if (keys[0] === 'entities' && typeof keys[1] === 'number') {
    const e = (input as { entities?: unknown[] }).entities?.[keys[1]] as { id?: unknown; name?: unknown } | undefined;
    return { field: formatPath(keys.slice(2)), entityIndex: keys[1], ...entityNames(e) };
  }
  return { field: formatPath(keys) };
}

/** the id and name of a (possibly malformed) entity, where they are non-empty strings */
function entityNames(e: { id?: unknown; name?: unknown } | undefined): Pick<PackIssue, 'entityId' | 'entityName'> {
  const out: Pick<PackIssue, 'entityId' | 'entityName'> = {};
  if (typeof e?.id === 'string' && e.id) out.entityId = e.id;
  if (typeof e?.name === 'string' && e.name) out.entityName = e.name;
  return out;
}

function formatPath(keys: (string | number)[]): string {
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** a valibot issue as a pack issue: a field that is absent, empty, or of the wrong type or form */
function schemaIssue(input: unknown, issue: v.BaseIssue<unknown>): PackIssue {
  const code = issue.input === undefined ? 'missing' : issue.type === 'non_empty' || issue.type === 'min_length' ? 'empty' : 'invalid';
  return { code, message: issue.message, ...placeOf(input, issue.path) };
}

/** an issue about the entity at `index` */
function about(e: Entity, index: number, code: PackIssue['code'], field: string, message: string, extra: Partial<PackIssue> = {}): PackIssue {
  return { code, message, field, entityId: e.id, entityName: e.name, entityIndex: index, ...extra };
}

/** Validate a parsed pack. Never throws. */
export function validatePack(input: unknown): ValidationResult {
  const warnings: PackIssue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ code: 'not-a-pack', field: '', message: 'the file must contain one JSON object (the pack), not a list or a value' }], warnings };
  }
  const fv = (input as { formatVersion?: unknown }).formatVersion;
  if (typeof fv === 'number' && fv > PACK_FORMAT_VERSION) {
    const message = `this pack uses format version ${fv}; this Gloss reads version ${PACK_FORMAT_VERSION}. Update Gloss.`;
    return { ok: false, errors: [{ code: 'format-too-new', field: 'formatVersion', message }], warnings };
  }
  const parsed = v.safeParse(PackSchema, input);
  if (!parsed.success) {
    const errors = parsed.issues.slice(0, MAX_LISTED).map((i) => schemaIssue(input, i));
    const more = parsed.issues.length - MAX_LISTED;
    if (more > 0) errors.push({ code: 'more', field: '', message: `… and ${more} more errors` });
    return { ok: false, errors, warnings };
  }
  const pack = parsed.output as Pack;
  const errors = crossCheck(pack, warnings);
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, pack, warnings };
}

/** Checks across entities: ids unique, aliases non-empty, shared aliases explained, related ids known, fact sources named. */
export function crossCheck(pack: Pack, warnings: PackIssue[] = []): PackIssue[] {
  const errors: PackIssue[] = [];
  const ids = new Map<string, number>();
  pack.entities.forEach((e, i) => {
    const prev = ids.get(e.id);
    if (prev !== undefined) {
      const first = pack.entities[prev]!;
      const message = `duplicate id, already used by entity #${prev + 1} (${first.name})`;
      errors.push(about(e, i, 'duplicate-id', 'id', message, { others: [{ id: first.id, name: first.name, type: first.type }] }));
    } else ids.set(e.id, i);
  });
  /** normalised alias → the entities that use it, with whether each explains the sharing */
  const byKey = new Map<string, { index: number; noted: boolean; text: string }[]>();
  pack.entities.forEach((e, i) => {
    const keys = new Map<string, { noted: boolean; text: string }>();
    e.aliases.forEach((a, ai) => {
      const key = normaliseKey(a.text);
      if (key.length === 0) {
        const message = `empty alias${a.text ? ` ("${a.text}" has no letters or digits once normalised)` : ''}`;
        errors.push(about(e, i, 'empty-alias', `aliases[${ai}].text`, message, { name: a.text }));
        return;
      }
      const prev = keys.get(key);
      keys.set(key, { noted: Boolean(a.sharedNote) || Boolean(prev?.noted), text: a.text });
    });
    const nameKey = normaliseKey(e.name);
    if (nameKey && !keys.has(nameKey)) keys.set(nameKey, { noted: false, text: e.name });
    if (ids.get(e.id) !== i) return; // a duplicate id is reported once, not again as shared aliases
    for (const [key, k] of keys) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push({ index: i, ...k });
    }
    if ((e.related ?? []).includes(e.id)) errors.push(about(e, i, 'related-self', 'related', 'an entity cannot be related to itself', { ref: e.id }));
    e.facts?.forEach((f, fi) => {
      if (f.source !== undefined && !e.sources.some((s) => s.name === f.source)) {
        const names = e.sources.map((s) => `"${s.name}"`).join(', ');
        const message = `"${f.source}" is not one of this entity's sources (${names}); use the name of one of them`;
        errors.push(about(e, i, 'fact-source-unknown', `facts[${fi}].source`, message, { ref: f.source }));
      }
    });
  });
  for (const list of byKey.values()) {
    if (list.length < 2 || list.every((x) => x.noted)) continue;
    const label = (index: number) => entityLabel({ entityId: pack.entities[index]!.id, entityName: pack.entities[index]!.name, entityIndex: index });
    const who = list.map((x) => label(x.index)).join(', ');
    // reported on the last entity without a note: the one that took up a name already in use
    const last = list.filter((x) => !x.noted).pop()!;
    const e = pack.entities[last.index]!;
    const others = list.filter((x) => x !== last).map((x) => ({ id: pack.entities[x.index]!.id, name: pack.entities[x.index]!.name, type: pack.entities[x.index]!.type }));
    const message = `"${list[0]!.text}" is shared by ${who} without a sharedNote; list it as an alias with "sharedNote" on each of them, saying how a reader tells them apart`;
    errors.push(about(e, last.index, 'shared-name', 'aliases', message, { name: list[0]!.text, others }));
  }
  pack.entities.forEach((e, i) => {
    for (const r of e.related ?? []) {
      if (!ids.has(r)) warnings.push(about(e, i, 'related-unknown', 'related', `"${r}" is not in this pack (fine if another pack has it)`, { ref: r }));
    }
  });
  return errors;
}

/** Parse and validate pack JSON text; `file` names the file in the messages. Never throws. */
export function validatePackText(json: string, file = 'pack'): ValidationResult {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [{ code: 'not-json', field: '', file, message: `not valid JSON (${(e as Error).message})` }], warnings: [] };
  }
  return validatePack(input);
}
