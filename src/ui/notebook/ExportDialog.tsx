/**
 * The Export dialog: choose a format (JSON, Markdown, CSV, Web Annotation) and what to export
 * (everything, the current search result, one page, one entity's dossier), then Download. The
 * background gives the records of that scope; the core writes the file here, in the page; the
 * browser saves it as gloss-notes-YYYY-MM-DD.{json,md,csv,jsonld} (several Markdown files: .zip).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import { exportFile, type ExportFormat } from '../../core/formats/files.ts';
import type { ExportScope } from '../../core/model/dataset.ts';
import type { ExportedScope } from '../../core/formats/json/schema.ts';
import { download, formatBytes } from './download.ts';

export interface ScopeChoice {
  key: string;
  label: string;
  scope: ExportScope;
  /** how the file names its scope */
  described: ExportedScope;
}

const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'json', label: 'JSON', hint: 'Everything, to import into Gloss again (backup, another browser).' },
  { format: 'markdown', label: 'Markdown', hint: 'For Obsidian and other note apps: quotes with your notes and tags.' },
  { format: 'csv', label: 'CSV', hint: 'For spreadsheets: one row per highlight or note.' },
  { format: 'web-annotation', label: 'Web Annotation', hint: 'W3C standard (JSON-LD), for Hypothesis and other annotation tools.' },
];

export function ExportDialog({ scopes, initialScope, version, onClose }: { scopes: ScopeChoice[]; initialScope: string; version: string; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<ExportFormat>('json');
  const [perPage, setPerPage] = useState(false);
  const [scopeKey, setScopeKey] = useState(initialScope);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string }>({ kind: 'idle' });

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const run = async () => {
    const choice = scopes.find((s) => s.key === scopeKey) ?? scopes[0]!;
    setState({ kind: 'busy' });
    try {
      const data = await send('notebook/snapshot', { scope: choice.scope });
      const file = exportFile(data, { format, markdownPerPage: format === 'markdown' && perPage, at: new Date(), generator: `Gloss ${version}`, scope: choice.described });
      download(file);
      const size = typeof file.bytes === 'string' ? new Blob([file.bytes]).size : file.bytes.byteLength;
      setState({ kind: 'done', text: `Saved ${file.name} (${formatBytes(size)}) to your downloads.` });
    } catch (e) {
      setState({ kind: 'error', text: `Gloss could not export your notes: ${(e as Error).message}` });
    }
  };

  return (
    <dialog ref={ref} class="dialog" aria-labelledby="export-h" data-testid="export-dialog" onClose={onClose} onCancel={onClose}>
      <h2 id="export-h">Export your notes</h2>
      <fieldset>
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <div class="choice" key={f.format}>
            <input type="radio" id={`export-${f.format}`} name="export-format" checked={format === f.format} onChange={() => setFormat(f.format)} aria-describedby={`export-${f.format}-hint`} />
            <label for={`export-${f.format}`}>{f.label}</label>
            <span class="hint" id={`export-${f.format}-hint`}>{f.hint}</span>
          </div>
        ))}
        {format === 'markdown' && (
          <div class="choice sub">
            <input type="checkbox" id="export-md-per-page" checked={perPage} onChange={(e) => setPerPage(e.currentTarget.checked)} />
            <label for="export-md-per-page">One file per page (a zip)</label>
          </div>
        )}
      </fieldset>
      {scopes.length > 1 && (
        <fieldset>
          <legend>What to export</legend>
          {scopes.map((s) => (
            <div class="choice" key={s.key}>
              <input type="radio" id={`export-scope-${s.key}`} name="export-scope" checked={scopeKey === s.key} onChange={() => setScopeKey(s.key)} />
              <label for={`export-scope-${s.key}`}>{s.label}</label>
            </div>
          ))}
        </fieldset>
      )}
      {state.kind === 'done' && <p class="status" role="status" data-testid="export-status">{state.text}</p>}
      {state.kind === 'error' && <p class="error" role="alert">{state.text}</p>}
      <div class="actions">
        <button type="button" class="primary" disabled={state.kind === 'busy'} onClick={() => void run()}>
          {state.kind === 'busy' ? 'Preparing…' : 'Download'}
        </button>
        <button type="button" onClick={() => ref.current?.close()}>Close</button>
      </div>
    </dialog>
  );
}
