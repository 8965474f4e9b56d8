/**
 * What is wrong with a pack, as data: every problem the validator (validate.ts) or the checks
 * against the loaded packs (import.ts) find is a `PackIssue` with a code, the entity and the field
 * it is about, and a sentence in pack-file terms. Callers decide by the code and the fields, never
 * by the wording; `formatIssue` gives the line `gloss pack validate` and the build print. The
 * notebook's "My entities" form turns issues into sentences for the reader (my-entities.ts).
 */
import type { EntityType } from './types.ts';

export type PackIssueCode =
  /** the file is larger than Gloss imports */
  | 'too-large'
  /** the text is not JSON */
  | 'not-json'
  /** the JSON is not one object */
  | 'not-a-pack'
  /** a newer pack format than this Gloss reads */
  | 'format-too-new'
  /** a required field is absent */
  | 'missing'
  /** a text field is empty, or a list that needs an item has none */
  | 'empty'
  /** a field has the wrong type or form (a bad date, type, URL, language tag …) */
  | 'invalid'
  /** two entities of the pack have one id */
  | 'duplicate-id'
  /** an alias with no letter or digit once normalised */
  | 'empty-alias'
  /** a name shared by entities of the pack, without a sharedNote on each */
  | 'shared-name'
  /** an entity lists itself in `related` */
  | 'related-self'
  /** (warning) a related id that is not in the pack */
  | 'related-unknown'
  /** a fact's `source` is not the name of one of its entity's sources */
  | 'fact-source-unknown'
  /** more issues than are listed */
  | 'more'
  /** the pack id is the built-in pack's or the one kept for "My entities" */
  | 'reserved-pack-id'
  /** the entity's id is already used in another loaded pack */
  | 'id-in-other-pack'
  /** a name (or alias) of the entity is another loaded pack's entity's, without a sharedNote */
  | 'name-in-other-pack';

/** Another entity an issue is about: the one already using an id or a name. */
export interface OtherEntity {
  id: string;
  name: string;
  type?: EntityType;
  /** set when it is in another pack than the one checked */
  packId?: string;
  packName?: string;
}

export interface PackIssue {
  code: PackIssueCode;
  /** what is wrong, in pack-file terms, without the place (see formatIssue) */
  message: string;
  /** where, as a path: "type", "aliases[2].text", "facts[0].source" inside the entity, or a pack field ("dataDate"); "" for the whole pack */
  field: string;
  /** the entity it is about (absent for pack-level issues) */
  entityId?: string;
  entityName?: string;
  /** its position in the pack's entity list */
  entityIndex?: number;
  /** the alias or name it is about ("Minsk") */
  name?: string;
  /** the id it is about (a `related` id, a fact's source name) */
  ref?: string;
  /** the other entities involved (shared names, duplicate ids) */
  others?: OtherEntity[];
  /** the file it is about, for issues about the file as a whole ("not-json") */
  file?: string;
}

/** `entity "Q1" (Alexander Lukashenko)` or `entity #3` */
export function entityLabel(issue: Pick<PackIssue, 'entityId' | 'entityName' | 'entityIndex'>): string {
  const id = issue.entityId ? `"${issue.entityId}"` : `#${(issue.entityIndex ?? 0) + 1}`;
  return `entity ${id}${issue.entityName ? ` (${issue.entityName})` : ''}`;
}

/** The line for a pack author: `entity "Q1" (Alexander Lukashenko), aliases[2].text: empty alias`, `pack dataDate: …`, `bad.json: not valid JSON …`. */
export function formatIssue(issue: PackIssue): string {
  if (issue.code === 'more') return issue.message;
  let where: string;
  if (issue.file !== undefined) where = issue.file;
  else if (issue.entityId !== undefined || issue.entityIndex !== undefined) where = issue.field ? `${entityLabel(issue)}, ${issue.field}` : entityLabel(issue);
  else where = issue.field ? `pack ${issue.field}` : 'pack';
  return `${where}: ${issue.message}`;
}

/** The issues about one entity, or all of them when none is (an issue about the pack as a whole). */
export function issuesAbout(entityId: string, issues: readonly PackIssue[]): PackIssue[] {
  const mine = issues.filter((i) => i.entityId === entityId);
  return mine.length > 0 ? mine : [...issues];
}
