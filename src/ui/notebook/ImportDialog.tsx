/**
 * The Import dialog: choose a file (Gloss JSON of any version, or W3C Web Annotations from
 * Gloss, Hypothesis or another tool); Gloss shows what it would add, update and skip before
 * writing anything; "Import these notes" writes all of it in one transaction. A refused file
 * shows what is wrong and where, and changes nothing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import { MAX_IMPORT_BYTES } from '../../core/formats/problems.ts';
import type { ImportCheck } from '../../core/formats/import.ts';
import { changesNothing } from '../../core/model/merge.ts';
import { countsSentence, problemSentence } from './import-problems.ts';

type State =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'preview'; fileName: string; text: string; check: Extract<ImportCheck, { ok: true }> }
  | { kind: 'writing'; fileName: string }
  | { kind: 'done'; fileName: string; check: Extract<ImportCheck, { ok: true }> }
  | { kind: 'refused'; fileName: string; sentences: string[] };

const FORMAT_NAMES = { 'gloss-json': 'a Gloss export (JSON)', 'web-annotation': 'W3C Web Annotations', hypothesis: 'a Hypothesis export' } as const;

function Summary({ check, done }: { check: Extract<ImportCheck, { ok: true }>; done: boolean }) {
  const s = check.summary;
  const lines: [string, string][] = [
    [done ? 'Added' : 'Will add', countsSentence(s, 'added')],
    [done ? 'Updated' : 'Will update', countsSentence(s, 'updated')],
    [done ? 'Deleted' : 'Will delete', countsSentence(s, 'deleted')],
    [done ? 'Skipped, newer here or deleted here' : 'Will skip, newer here or deleted here', countsSentence(s, 'skipped')],
    ['Already in your notebook', countsSentence(s, 'unchanged')],
  ];
  return (
    <dl class="summary" data-testid="import-summary">
      {lines.filter(([, v]) => v).map(([k, v]) => (
        <div key={k}><dt>{k}</dt><dd>{v}</dd></div>
      ))}
      {check.ignored > 0 && <div><dt>Left out</dt><dd>{check.ignored} annotations: replies, annotations of something other than a web page, or with nothing written and nothing quoted</dd></div>}
    </dl>
  );
}

export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<State>({ kind: 'choose' });

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const refuse = (fileName: string, check: ImportCheck) =>
    setState({ kind: 'refused', fileName, sentences: check.ok ? [] : check.problems.map(problemSentence) });

  const choose = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) return refuse(file.name, { ok: false, problems: [{ code: 'too-large', bytes: file.size, limit: MAX_IMPORT_BYTES }] });
    setState({ kind: 'reading', fileName: file.name });
    try {
      const text = await file.text();
      const check = await send('import/preview', { text, fileName: file.name });
      if (!check.ok) return refuse(file.name, check);
      setState({ kind: 'preview', fileName: file.name, text, check });
    } catch (e) {
      setState({ kind: 'refused', fileName: file.name, sentences: [`Gloss could not read this file: ${(e as Error).message}`] });
    }
  };

  const apply = async (fileName: string, text: string) => {
    setState({ kind: 'writing', fileName });
    try {
      const check = await send('import/apply', { text, fileName });
      if (!check.ok) return refuse(fileName, check);
      setState({ kind: 'done', fileName, check });
      onImported();
    } catch (e) {
      setState({ kind: 'refused', fileName, sentences: [`Gloss could not import this file: ${(e as Error).message}`] });
    }
  };

  return (
    <dialog ref={ref} class="dialog" aria-labelledby="import-h" data-testid="import-dialog" data-state={state.kind} onClose={onClose} onCancel={onClose}>
      <h2 id="import-h">Import notes</h2>
      <p class="hint">A file Gloss exported as JSON or Web Annotation, a Hypothesis export, or Web Annotations from another tool. You see what changes before anything is written.</p>
      <label class="file">
        Choose a file to import{' '}
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" data-testid="import-file"
          disabled={state.kind === 'reading' || state.kind === 'writing'}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void choose(f);
          }} />
      </label>
      {state.kind === 'reading' && <p role="status">Reading {state.fileName}…</p>}
      {state.kind === 'writing' && <p role="status">Importing {state.fileName}…</p>}
      {state.kind === 'refused' && (
        <div class="refused" role="alert" data-testid="import-problems">
          <p><strong>{state.fileName} was not imported.</strong> Nothing in your notebook changed.</p>
          <ul>{state.sentences.map((s, i) => <li key={i}>{s}</li>)}</ul>
        </div>
      )}
      {state.kind === 'preview' && (
        <div data-testid="import-preview">
          <p>{state.fileName} is {FORMAT_NAMES[state.check.format]}.</p>
          <Summary check={state.check} done={false} />
          {changesNothing(state.check.summary) && <p>Everything in this file is already in your notebook: importing it changes nothing.</p>}
        </div>
      )}
      {state.kind === 'done' && (
        <div role="status" data-testid="import-done">
          <p><strong>Imported {state.fileName}.</strong></p>
          <Summary check={state.check} done={true} />
        </div>
      )}
      <div class="actions">
        {state.kind === 'preview' && (
          <button type="button" class="primary" disabled={changesNothing(state.check.summary)} onClick={() => void apply(state.fileName, state.text)}>
            Import these notes
          </button>
        )}
        <button type="button" onClick={() => ref.current?.close()}>{state.kind === 'done' ? 'Close' : 'Cancel'}</button>
      </div>
    </dialog>
  );
}
