/**
 * The sentences a reader sees when an import file is refused: each structured problem from the
 * core (src/core/formats/problems.ts) says what is wrong, where, and what to do.
 */
import type { ImportProblem } from '../../core/formats/problems.ts';
import type { ImportSummary, KindCounts } from '../../core/model/merge.ts';
import type { RecordKind } from '../../core/model/types.ts';
import { formatBytes } from './download.ts';

const n = (x: number) => x.toLocaleString('en');
const where = (collection: string | null, record: number | null, id: string | null): string =>
  collection === null ? 'The file' : `Record ${n(record ?? 0)} of "${collection}"${id ? ` (id ${id})` : ''}`;

export function problemSentence(p: ImportProblem): string {
  switch (p.code) {
    case 'too-large':
      return `This file is ${formatBytes(p.bytes)}; Gloss imports files of up to ${formatBytes(p.limit)}. Export a smaller part (one page, one dossier or a search result) and import that.`;
    case 'empty':
      return 'This file is empty. Choose a file that Gloss or another annotation tool exported.';
    case 'not-json': {
      const at = p.line !== null ? ` at line ${n(p.line)}, column ${n(p.column ?? 0)}` : '';
      return p.truncated
        ? `This file ends early${at}: it looks cut off (an interrupted download or copy). Export it again and import the new file.`
        : `This file is not valid JSON${at}. It may be damaged, or it is not an export: choose a .json or .jsonld file that Gloss or another annotation tool exported.`;
    }
    case 'foreign':
      return p.looksLike === 'knowledge-pack'
        ? 'This is a knowledge pack, not an export of notes. Import it under "Knowledge packs".'
        : 'This file is JSON, but neither a Gloss export nor W3C Web Annotations. Gloss imports its own JSON and Web Annotation exports, and Web Annotations from Hypothesis or other tools.';
    case 'newer-version':
      return `This file was made by a newer Gloss (format version ${p.version}; this Gloss reads up to version ${p.supported}). Update Gloss, then import it again.`;
    case 'invalid-field':
      return `${where(p.collection, p.record, p.id)}, field "${p.field}": ${p.message}.`;
    case 'too-many-records':
      return `"${p.collection}" holds ${n(p.count)} records; Gloss imports up to ${n(p.limit)} at once. Export a smaller part and import that.`;
    case 'duplicate': {
      const what = p.what === 'id' ? 'the same id' : p.what === 'address' ? 'the same page address' : 'the same entity on the same page';
      return `Record ${n(p.record)} of "${p.collection}" (id ${p.id}) has ${what} as record ${n(p.firstRecord)}.`;
    }
    case 'missing-page':
      return `Record ${n(p.record)} of "${p.collection}" (id ${p.id}) is filed under page ${p.pageId}, which is not in the file.`;
    case 'nothing-to-import':
      return 'This file holds no highlights or notes that Gloss keeps (Gloss keeps notes on web pages).';
  }
}

const KIND_WORDS: Record<RecordKind, [string, string]> = {
  page: ['page', 'pages'],
  highlight: ['highlight', 'highlights'],
  note: ['note', 'notes'],
  sighting: ['sighting of a name', 'sightings of names'],
  rejections: ['page’s “not this one” list', 'pages’ “not this one” lists'],
};
const ORDER: RecordKind[] = ['highlight', 'note', 'page', 'sighting', 'rejections'];

/** "12 highlights, 3 notes" for one outcome across kinds; '' when none */
export function countsSentence(summary: ImportSummary, outcome: keyof KindCounts): string {
  return ORDER.filter((k) => summary[k][outcome] > 0)
    .map((k) => `${n(summary[k][outcome])} ${KIND_WORDS[k][summary[k][outcome] === 1 ? 0 : 1]}`)
    .join(', ');
}
