/**
 * Pack validation: the shape (valibot schema) plus checks across entities. Every error names the
 * entity (id and name) and the field, so a pack author can fix it without reading code. A pack that
 * fails is refused as a whole; the caller shows the messages.
 */
import * as v from 'valibot';
import { ENTITY_TYPES, PACK_FORMAT, PACK_FORMAT_VERSION, type Pack } from './types.ts';
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
  | { ok: true; pack: Pack; warnings: string[] }
  | { ok: false; errors: string[]; warnings: string[] };

/** "entity "Q1" (Alexander Lukashenko), aliases[2].text" for a valibot issue path */
function where(input: unknown, path: v.IssuePathItem[] | undefined): string {
  if (!path || path.length === 0) return 'pack';
  const keys = path.map((p) => p.key as string | number);
  if (keys[0] === 'entities' && typeof keys[1] === 'number') {
    const e = (input as { entities?: unknown[] }).entities?.[keys[1]] as { id?: unknown; name?: unknown } | undefined;
    const label = entityLabel(e, keys[1]);
    const rest = formatPath(keys.slice(2));
    return rest ? `${label}, ${rest}` : label;
  }
  return `pack ${formatPath(keys)}`;
}

function entityLabel(e: { id?: unknown; name?: unknown } | undefined, index: number): string {
  const id = typeof e?.id === 'string' && e.id ? `"${e.id}"` : `#${index + 1}`;
  const name = typeof e?.name === 'string' && e.name ? ` (${e.name})` : '';
  return `entity ${id}${name}`;
}

function formatPath(keys: (string | number)[]): string {
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** Validate a parsed pack. Never throws. */
export function validatePack(input: unknown): ValidationResult {
  const warnings: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['pack: the file must contain one JSON object (the pack), not a list or a value'], warnings };
  }
  const fv = (input as { formatVersion?: unknown }).formatVersion;
  if (typeof fv === 'number' && fv > PACK_FORMAT_VERSION) {
    return { ok: false, errors: [`pack formatVersion: this pack uses format version ${fv}; this Gloss reads version ${PACK_FORMAT_VERSION}. Update Gloss.`], warnings };
  }
  const parsed = v.safeParse(PackSchema, input);
  if (!parsed.success) {
    const errors = parsed.issues.slice(0, 50).map((i) => `${where(input, i.path)}: ${i.message}`);
    if (parsed.issues.length > 50) errors.push(`… and ${parsed.issues.length - 50} more errors`);
    return { ok: false, errors, warnings };
  }
  const pack = parsed.output as Pack;
  const errors = crossCheck(pack, warnings);
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, pack, warnings };
}

/** Checks across entities: ids unique, aliases non-empty, shared aliases explained, related ids known. */
export function crossCheck(pack: Pack, warnings: string[] = []): string[] {
  const errors: string[] = [];
  const ids = new Map<string, number>();
  pack.entities.forEach((e, i) => {
    const prev = ids.get(e.id);
    if (prev !== undefined) {
      errors.push(`${entityLabel(e, i)}, id: duplicate id, already used by entity #${prev + 1} (${pack.entities[prev]!.name})`);
    } else ids.set(e.id, i);
  });
  /** normalised alias → the entities that use it, with whether each explains the sharing */
  const byKey = new Map<string, { index: number; noted: boolean; text: string }[]>();
  pack.entities.forEach((e, i) => {
    const keys = new Map<string, { noted: boolean; text: string }>();
    e.aliases.forEach((a, ai) => {
      const key = normaliseKey(a.text);
      if (key.length === 0) {
        errors.push(`${entityLabel(e, i)}, aliases[${ai}].text: empty alias${a.text ? ` ("${a.text}" has no letters or digits once normalised)` : ''}`);
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
    for (const r of e.related ?? []) {
      if (r === e.id) errors.push(`${entityLabel(e, i)}, related: an entity cannot be related to itself`);
    }
  });
  for (const list of byKey.values()) {
    if (list.length < 2 || list.every((x) => x.noted)) continue;
    const who = list.map((x) => entityLabel(pack.entities[x.index], x.index)).join(', ');
    const missing = list.filter((x) => !x.noted).map((x) => entityLabel(pack.entities[x.index], x.index));
    errors.push(
      `${missing[0]}, aliases: "${list[0]!.text}" is shared by ${who} without a sharedNote; list it as an alias with "sharedNote" on each of them, saying how a reader tells them apart`,
    );
  }
  pack.entities.forEach((e, i) => {
    for (const r of e.related ?? []) {
      if (!ids.has(r)) warnings.push(`${entityLabel(e, i)}, related: "${r}" is not in this pack (fine if another pack has it)`);
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
    return { ok: false, errors: [`${file}: not valid JSON (${(e as Error).message})`], warnings: [] };
  }
  return validatePack(input);
}
