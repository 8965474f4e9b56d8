/**
 * Gloss's own export format (JSON, full fidelity), version 1, as a valibot schema. The import
 * validates with it; docs/gloss-notes.schema.json is generated from it
 * (`node --import tsx scripts/notes-schema.ts`) and a unit test checks the two agree.
 * Every limit here is what a reader's data can reach with room to spare, so a hostile or
 * damaged file is refused before it is written.
 */
import * as v from 'valibot';
import { HIGHLIGHT_COLOURS, RECORD_KINDS } from '../../model/types.ts';
import { ENTITY_TYPES } from '../../pack/types.ts';
import { MAX_RECORDS } from '../problems.ts';

export const NOTES_FORMAT = 'gloss-notes';
/** the version this Gloss writes; files of every earlier version are read (see versions.ts) */
export const NOTES_FORMAT_VERSION = 1;

/** Gloss's record ids: UUIDs, or other ids of letters, digits and . _ : - */
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
const ENTITY_ID = /^\S{1,300}$/;
/** UTC timestamps as Gloss writes them: 2026-11-20T10:00:00.000Z */
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
/** the addresses Gloss files pages under: http(s) only */
const WEB_URL = /^https?:\/\/\S+$/;
/** the pages Gloss files: http(s) addresses, and the one placeholder page for notes whose page was lost */
const PAGE_URL = /^(https?:\/\/\S+|gloss:unfiled)$/;

const id = (what: string) => v.pipe(v.string(`${what} must be a string`), v.regex(ID, `${what} must be 1–200 letters, digits or . _ : - (a UUID, as Gloss writes it)`));
const time = (what: string) => v.pipe(v.string(`${what} must be a string`), v.regex(TIME, `${what} must be a UTC time like 2026-11-20T10:00:00.000Z`));
const text = (what: string, max: number) => v.pipe(v.string(`${what} must be a string`), v.maxLength(max, () => `${what} is longer than ${max.toLocaleString('en')} characters`));
const rev = v.pipe(v.number('rev must be a number'), v.integer('rev must be a whole number'), v.minValue(1, 'rev must be 1 or more'), v.maxValue(2 ** 31, 'rev is too large'));
const count = (what: string) => v.pipe(v.number(`${what} must be a number`), v.integer(`${what} must be a whole number`), v.minValue(0, `${what} must be 0 or more`), v.maxValue(2 ** 31, `${what} is too large`));
const list = <T extends v.GenericSchema>(item: T, what: string, max = MAX_RECORDS) =>
  v.pipe(v.array(item, `${what} must be a list`), v.maxLength(max, () => `${what} has more than ${max.toLocaleString('en')} entries`));
const tags = list(v.pipe(v.string('a tag must be a string'), v.minLength(1, 'a tag must not be empty'), v.maxLength(200, 'a tag is longer than 200 characters')), 'tags', 200);

export const PageSchema = v.object({
  id: id('id'),
  url: v.pipe(v.string('url must be a string'), v.maxLength(8192, 'url is longer than 8,192 characters'), v.regex(PAGE_URL, 'url must be an http or https address')),
  title: text('title', 4000),
  site: text('site', 500),
  firstVisit: time('firstVisit'),
  lastVisit: time('lastVisit'),
  aliases: list(v.pipe(v.string('an alias must be a string'), v.maxLength(8192, 'an alias is longer than 8,192 characters'), v.regex(WEB_URL, 'an alias must be an http or https address')), 'aliases', 1000),
  rev,
});

const QuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string('exact must be a string'), v.minLength(1, 'exact (the quoted text) must not be empty'), v.maxLength(500_000, 'exact is longer than 500,000 characters')),
  prefix: text('prefix', 10_000),
  suffix: text('suffix', 10_000),
});
const PositionSelectorSchema = v.object({
  type: v.literal('TextPositionSelector'),
  start: count('start'),
  end: count('end'),
});
const SelectorSchema = v.variant('type', [QuoteSelectorSchema, PositionSelectorSchema], 'a selector must be a TextQuoteSelector or a TextPositionSelector');

const PlacementSchema = v.object({
  state: v.picklist(['placed', 'orphaned'], 'placement.state must be "placed" or "orphaned"'),
  checked: time('placement.checked'),
});

const HighlightTargetSchema = v.object({
  kind: v.literal('highlight'),
  selectors: v.pipe(v.array(SelectorSchema, 'selectors must be a list'), v.minLength(1, 'selectors must hold the quote'), v.maxLength(8, 'selectors has more than 8 entries')),
  colour: v.picklist(HIGHLIGHT_COLOURS, `colour must be one of ${HIGHLIGHT_COLOURS.join(', ')}`),
  placement: v.optional(PlacementSchema),
});
const EntityTargetSchema = v.object({
  kind: v.literal('entity'),
  entityId: v.pipe(v.string('entityId must be a string'), v.regex(ENTITY_ID, 'entityId must be 1–300 characters without spaces')),
  entityName: v.pipe(text('entityName', 1000), v.minLength(1, 'entityName must not be empty')),
  entityType: v.optional(v.picklist(ENTITY_TYPES as ['person', 'organisation', 'place', 'event', 'other'], `entityType must be one of ${ENTITY_TYPES.join(', ')}`)),
});
const PageTargetSchema = v.object({ kind: v.literal('page') });

/**
 * One annotation, whatever it is about: a highlighted passage (with the note and tags on it), a
 * note about an entity, or a note about a page. `pageId` is the page it is on or about (for an
 * entity note: the page it was written on, if any).
 */
export const AnnotationSchema = v.object({
  id: id('id'),
  pageId: v.optional(id('pageId')),
  target: v.variant('kind', [HighlightTargetSchema, EntityTargetSchema, PageTargetSchema], 'target.kind must be "highlight", "entity" or "page"'),
  body: text('body', 1_000_000),
  tags,
  created: time('created'),
  updated: time('updated'),
  rev,
});

export const SightingSchema = v.object({
  id: id('id'),
  entityId: v.pipe(v.string('entityId must be a string'), v.regex(ENTITY_ID, 'entityId must be 1–300 characters without spaces')),
  pageId: id('pageId'),
  count: count('count'),
  firstSeen: time('firstSeen'),
  lastSeen: time('lastSeen'),
  rev,
});

export const RejectionsSchema = v.object({
  pageId: id('pageId'),
  entityIds: list(v.pipe(v.string('an entity id must be a string'), v.regex(ENTITY_ID, 'an entity id must be 1–300 characters without spaces')), 'entityIds', 10_000),
  updated: time('updated'),
  rev,
});

export const TombstoneSchema = v.object({
  id: id('id'),
  kind: v.picklist(RECORD_KINDS, `kind must be one of ${RECORD_KINDS.join(', ')}`),
  deleted: time('deleted'),
  rev,
});

const ScopeSchema = v.variant('kind', [
  v.object({ kind: v.literal('all') }),
  v.object({ kind: v.literal('annotations'), count: count('scope.count') }),
  v.object({ kind: v.literal('page'), pageId: id('scope.pageId') }),
  v.object({ kind: v.literal('entity'), entityId: v.pipe(v.string(), v.regex(ENTITY_ID)), entityName: text('scope.entityName', 1000) }),
], 'scope.kind must be "all", "annotations", "page" or "entity"');

export const NotesFileSchema = v.object({
  format: v.literal(NOTES_FORMAT, `format must be "${NOTES_FORMAT}"`),
  formatVersion: v.literal(NOTES_FORMAT_VERSION, `formatVersion must be ${NOTES_FORMAT_VERSION}`),
  exported: time('exported'),
  generator: text('generator', 200),
  scope: ScopeSchema,
  pages: list(PageSchema, 'pages'),
  annotations: list(AnnotationSchema, 'annotations'),
  sightings: list(SightingSchema, 'sightings'),
  rejections: list(RejectionsSchema, 'rejections'),
  tombstones: list(TombstoneSchema, 'tombstones'),
});

export type NotesFile = v.InferOutput<typeof NotesFileSchema>;
export type ExportedAnnotation = v.InferOutput<typeof AnnotationSchema>;
export type ExportedScope = v.InferOutput<typeof ScopeSchema>;
/** the collections of a notes file, in the order they are checked and written */
export const COLLECTIONS = ['pages', 'annotations', 'sightings', 'rejections', 'tombstones'] as const;
