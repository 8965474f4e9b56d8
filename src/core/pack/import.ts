/**
 * Packs a reader brings into the extension (imported files and "My entities"): the checks a pack
 * must pass against the packs already loaded, on top of the validator's own. Pure: no browser
 * API. Every problem is a `PackIssue` naming the entity and field, as the validator's are.
 *
 * Across packs:
 *  - the pack id must not be the built-in pack's or the reserved "My entities" id;
 *  - an entity id already in another loaded pack is refused (two entities with one id would make
 *    every mention of it ambiguous between itself);
 *  - an alias (or name) that another pack's entity also has needs a `sharedNote` on this pack's
 *    side, as the validator asks inside one pack;
 *  - the validator's "related id not in this pack" warning is dropped when another loaded pack has it.
 */
import type { Entity, Pack, PackMeta } from './types.ts';
import { validatePack, validatePackText, type ValidationResult } from './validate.ts';
import { joinEntity, type CompiledPack, type EntityColumns, type EntityDetails } from './compiled.ts';
import type { OtherEntity, PackIssue } from './issues.ts';
import type { EntityProblem } from './my-entities.ts';
import { compilePack, Matcher, normaliseKey } from '../spot/index.ts';
import { packDetails } from '../spot/compile.ts';
import { coreAt } from '../spot/columns.ts';

export const DEFAULT_PACK_ID = 'default';
/** the reader's own entities, added one by one in the notebook */
export const MY_PACK_ID = 'my-entities';
/** larger files are refused before they are read: extension messages carry at most 64 MiB */
export const MAX_PACK_BYTES = 48 * 1024 * 1024;

export type PackOrigin = 'built-in' | 'imported' | 'mine';

interface OtherName {
  packId: string;
  packName: string;
  entityId: string;
  entityName: string;
  entityType: Entity['type'];
}

/** Every normalised name and alias of the loaded packs, and every entity id, with where it comes from. */
export interface NameIndex {
  byKey: Map<string, OtherName[]>;
  byId: Map<string, OtherName>;
}

/** The names and ids of the loaded packs (their matchers: the aliases are read out of the trie). */
export function indexPacks(packs: readonly Matcher[]): NameIndex {
  const byKey = new Map<string, OtherName[]>();
  const byId = new Map<string, OtherName>();
  for (const m of packs) {
    const who: OtherName[] = [];
    for (let i = 0; i < m.entityCount; i++) {
      const e = m.entityRef(i);
      who.push({ packId: m.meta.id, packName: m.meta.name, entityId: e.id, entityName: e.name, entityType: e.type });
      if (!byId.has(e.id)) byId.set(e.id, who[i]!);
    }
    for (const { key, entity } of m.aliasKeys()) {
      const list = byKey.get(key);
      if (!list) byKey.set(key, [who[entity]!]);
      else if (!list.includes(who[entity]!)) list.push(who[entity]!);
    }
  }
  return { byKey, byId };
}

function others(list: OtherName[] | undefined, packId: string, entityId: string): OtherName[] {
  return (list ?? []).filter((o) => o.packId !== packId && o.entityId !== entityId);
}

function otherEntity(o: OtherName): OtherEntity {
  return { id: o.entityId, name: o.entityName, type: o.entityType, packId: o.packId, packName: o.packName };
}

function describeOthers(list: OtherName[]): string {
  const shown = list.slice(0, 3).map((o) => `entity "${o.entityId}" (${o.entityName}) in ${o.packName}`);
  return shown.join(', ') + (list.length > 3 ? ` and ${list.length - 3} more` : '');
}

/** an issue about entity `e` of the pack being checked */
function about(e: Entity, code: PackIssue['code'], field: string, message: string, extra: Partial<PackIssue> = {}): PackIssue {
  return { code, message, field, entityId: e.id, entityName: e.name, ...extra };
}

/**
 * Errors of a (valid) pack against the loaded packs. A loaded pack with the same id is the one
 * being replaced: it is left out of the comparison.
 */
export function checkAgainstLoaded(pack: Pack, index: NameIndex, origin: Exclude<PackOrigin, 'built-in'> = 'imported'): PackIssue[] {
  const errors: PackIssue[] = [];
  if (pack.id === DEFAULT_PACK_ID) {
    const message = `"${DEFAULT_PACK_ID}" is the id of Gloss's built-in pack; give your pack its own id (for example "my-newsroom")`;
    errors.push({ code: 'reserved-pack-id', field: 'id', message, ref: pack.id });
  }
  if (origin === 'imported' && pack.id === MY_PACK_ID) {
    errors.push({ code: 'reserved-pack-id', field: 'id', message: `"${MY_PACK_ID}" is kept for the entities you add in the notebook; give your pack another id`, ref: pack.id });
  }
  for (const e of pack.entities) {
    const dup = index.byId.get(e.id);
    if (dup && dup.packId !== pack.id) {
      const message = `this id is already used by entity "${dup.entityId}" (${dup.entityName}) in ${dup.packName}; remove it from this pack or give it its own id`;
      errors.push(about(e, 'id-in-other-pack', 'id', message, { ref: e.id, others: [otherEntity(dup)] }));
    }
    // as in the validator: a name is explained when any alias with that normalised text has a note
    const noted = new Set(e.aliases.filter((a) => a.sharedNote).map((a) => normaliseKey(a.text)));
    e.aliases.forEach((a, ai) => {
      const key = normaliseKey(a.text);
      if (!key || noted.has(key)) return;
      const shared = others(index.byKey.get(key), pack.id, e.id);
      if (shared.length > 0) {
        noted.add(key); // one message per name
        const message = `"${a.text}" is also a name of ${describeOthers(shared)}; add a "sharedNote" to this alias saying how a reader tells them apart`;
        errors.push(about(e, 'name-in-other-pack', `aliases[${ai}].sharedNote`, message, { name: a.text, others: shared.map(otherEntity) }));
      }
    });
    const nameKey = normaliseKey(e.name);
    if (nameKey && !noted.has(nameKey) && !e.aliases.some((a) => normaliseKey(a.text) === nameKey)) {
      const shared = others(index.byKey.get(nameKey), pack.id, e.id);
      if (shared.length > 0) {
        const message = `"${e.name}" is also a name of ${describeOthers(shared)}; list "${e.name}" as an alias with a "sharedNote" saying how a reader tells them apart`;
        errors.push(about(e, 'name-in-other-pack', 'name', message, { name: e.name, others: shared.map(otherEntity) }));
      }
    }
  }
  return errors;
}

/** The validator's warnings, less "related id not in this pack" for ids another loaded pack has. */
export function relevantWarnings(warnings: readonly PackIssue[], index: NameIndex): PackIssue[] {
  return warnings.filter((w) => !(w.code === 'related-unknown' && w.ref !== undefined && index.byId.has(w.ref)));
}

export type PackCheck = { ok: true; pack: Pack; warnings: PackIssue[] } | { ok: false; errors: PackIssue[]; warnings: PackIssue[] };

/** Parse, validate and check a pack file's text against the loaded packs. Never throws. */
export function checkPackText(text: string, index: NameIndex, file = 'pack'): PackCheck {
  const checked: ValidationResult = validatePackText(text, file);
  const warnings = relevantWarnings(checked.warnings, index);
  if (!checked.ok) return { ok: false, errors: checked.errors, warnings };
  const errors = checkAgainstLoaded(checked.pack, index, 'imported');
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, pack: checked.pack, warnings };
}

/** "12.3 MB" */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A sentence when a file is too large to import, else null (checked before the file is read). */
export function fileSizeProblem(name: string, bytes: number): string | null {
  if (bytes === 0) return `${name} is empty. Choose a knowledge pack file (JSON).`;
  if (bytes > MAX_PACK_BYTES) {
    return `${name} is ${formatBytes(bytes)}; Gloss imports packs of up to ${formatBytes(MAX_PACK_BYTES)}. Split it into several packs.`;
  }
  return null;
}

/** What the notebook lists about one pack. */
export interface PackInfo {
  id: string;
  name: string;
  version: string;
  licence: string;
  dataDate: string;
  languages: string[];
  description?: string;
  sources: { name: string; url?: string; licence: string }[];
  entities: number;
  aliases: number;
  origin: PackOrigin;
  /** imported packs and My entities: when it was added / last changed (ISO) */
  added?: string;
  updated?: string;
  fileName?: string;
  /** the pack is stored but could not be loaded, so it is not used: what happened, as a sentence */
  error?: string;
  /** My entities only: the reader's entities, to list and remove */
  own?: { id: string; name: string; type: Entity['type']; description: string; aliases: string[] }[];
}

/** What the notebook lists about a pack; `own` (My entities) lists the reader's entities. */
export function packInfo(
  meta: PackMeta,
  counts: { entities: number; aliases: number },
  origin: PackOrigin,
  extra: Pick<PackInfo, 'added' | 'updated' | 'fileName' | 'error'> = {},
  own?: readonly Entity[],
): PackInfo {
  const info: PackInfo = {
    id: meta.id,
    name: meta.name,
    version: meta.version,
    licence: meta.licence,
    dataDate: meta.dataDate,
    languages: [...meta.languages],
    sources: meta.sources.map((s) => ({ ...s })),
    entities: counts.entities,
    aliases: counts.aliases,
    origin,
    ...extra,
  };
  if (meta.description) info.description = meta.description;
  if (own) {
    info.own = own.map((e) => ({ id: e.id, name: e.name, type: e.type, description: e.description, aliases: e.aliases.map((a) => a.text).filter((t) => t !== e.name) }));
  }
  return info;
}

/** The reply to an import: accepted (compiled and stored) or refused with the validator's messages. */
export type ImportOutcome =
  | { accepted: true; pack: PackInfo; replaced: string | null; warnings: PackIssue[]; ms: { check: number; compile: number; save: number } }
  | { accepted: false; errors: PackIssue[]; warnings: PackIssue[] };

export type AddEntityOutcome = { accepted: true; entity: Entity; pack: PackInfo } | { accepted: false; problems: EntityProblem[] };

/** A pack compiled for storage: the matcher part and the entities' details, in the same order. */
export interface StoredPack {
  compiled: CompiledPack;
  details: EntityDetails[];
}

/** Compile a (valid) pack for storage. */
export function compileForStorage(pack: Pack): StoredPack {
  return { compiled: compilePack(pack), details: packDetails(pack) };
}

/** The whole entities of a stored pack (its cores joined to its details), e.g. to add one to them. */
export function storedEntities(stored: StoredPack): Entity[] {
  const m = new Matcher(stored.compiled);
  return stored.details.map((d, i) => joinEntity(m.entityAt(i), d));
}

/** The matcher of a stored compiled pack, and the pack compiled again when it was stored in another compiled format. */
export interface StoredLoad {
  matcher: Matcher;
  /** set when the stored form was outdated and compiled again: store it so this happens once */
  recompiled: StoredPack | null;
}

/**
 * The whole entities a stored pack of an older compiled format keeps: a list with the matcher
 * (format 2), or the entities' cores as columns with their details apart (format 3 on); null when
 * it keeps neither in a readable form.
 */
function storedEntityList(compiled: { entities?: unknown }, details: unknown): unknown[] | null {
  if (Array.isArray(compiled.entities)) return compiled.entities;
  const columns = compiled.entities as EntityColumns | undefined;
  if (!Array.isArray(details) || typeof columns?.id?.text !== 'string' || !(columns.id.end instanceof Int32Array) || columns.id.end.length !== details.length) return null;
  try {
    return (details as EntityDetails[]).map((d, i) => joinEntity(coreAt(columns, i), d));
  } catch {
    return null;
  }
}

/**
 * Load a compiled pack kept in storage. A pack stored by an older Gloss (another compiled format
 * version) is validated and compiled again from its own metadata and entities; one that cannot be
 * is refused with a sentence telling the reader what to do. Never returns a half-loaded pack.
 */
export function loadStored(stored: { compiled: unknown; details?: unknown }): StoredLoad {
  try {
    if (!Array.isArray(stored.details)) throw new Error('it has no entity details');
    const matcher = new Matcher(stored.compiled as CompiledPack);
    if (stored.details.length !== matcher.entityCount) throw new Error('its details do not fit its entities');
    return { matcher, recompiled: null };
  } catch (first) {
    const c = stored.compiled as { meta?: PackMeta; entities?: unknown } | null | undefined;
    const entities = c?.meta ? storedEntityList(c, stored.details) : null;
    const checked = c?.meta && entities ? validatePack({ ...c.meta, entities }) : null;
    if (!checked?.ok) {
      throw new Error(`This stored pack could not be loaded (${(first as Error).message}). Remove it and import the pack file again.`);
    }
    const recompiled = compileForStorage(checked.pack);
    return { matcher: new Matcher(recompiled.compiled), recompiled };
  }
}
