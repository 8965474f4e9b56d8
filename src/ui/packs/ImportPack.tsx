/**
 * "Import a pack…": a file picker (JSON). The file is read here and sent to the background, which
 * validates, checks, compiles and stores it. While that runs the reader sees what is happening; a
 * refused pack shows the validator's first issues (in pack-file terms: its readers are pack authors)
 * and nothing changes.
 */
import { useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import { fileSizeProblem, formatBytes } from '../../core/pack/import.ts';
import { formatIssue } from '../../core/pack/issues.ts';
import { Messages } from './Messages.tsx';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; file: string; step: string }
  | { kind: 'done'; text: string; warnings: string[] }
  | { kind: 'refused'; file: string; errors: string[]; warnings: string[] };

export function ImportPack({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const busy = state.kind === 'busy';

  const importFile = async (file: File) => {
    const size = fileSizeProblem(file.name, file.size);
    if (size) {
      setState({ kind: 'refused', file: file.name, errors: [size], warnings: [] });
      return;
    }
    setState({ kind: 'busy', file: file.name, step: `Reading ${file.name} (${formatBytes(file.size)})…` });
    try {
      const text = await file.text();
      setState({
        kind: 'busy',
        file: file.name,
        step: `Checking and compiling ${file.name} (${formatBytes(file.size)})… ${file.size > 2_000_000 ? 'A big pack takes a few seconds.' : ''}`,
      });
      const r = await send('packs/import', { text, fileName: file.name });
      if (!r.accepted) {
        setState({ kind: 'refused', file: file.name, errors: r.errors.map(formatIssue), warnings: r.warnings.map(formatIssue) });
        return;
      }
      const p = r.pack;
      const what = r.replaced !== null ? `replaced version ${r.replaced || '?'} with ${p.version}` : 'imported';
      setState({
        kind: 'done',
        text: `“${p.name}” ${what}: ${p.entities.toLocaleString()} ${p.entities === 1 ? 'entity' : 'entities'}, checked in ${r.ms.check} ms, compiled in ${r.ms.compile} ms. Pages you open from now on use it.`,
        warnings: r.warnings.map(formatIssue),
      });
      onImported();
    } catch (e) {
      setState({ kind: 'refused', file: file.name, errors: [`Gloss could not import ${file.name}: ${(e as Error).message}`], warnings: [] });
    }
  };

  return (
    <div class="import-wrap">
      <div class="import">
        <label class={`file-button ${busy ? 'busy' : ''}`}>
          Import a pack…
          <input
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            data-testid="pack-file"
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = ''; // the same file can be chosen again after fixing it
              if (file) void importFile(file);
            }}
          />
        </label>
        <span class="hint">A knowledge pack file (JSON, format described in the Gloss docs).</span>
      </div>
      {state.kind === 'busy' && (
        <div class="status busy" role="status" aria-busy="true" data-testid="import-status" data-state="busy">
          {state.step}
          <progress aria-label={`Importing ${state.file}`} />
        </div>
      )}
      {state.kind === 'done' && (
        <div class="status ok" role="status" data-testid="import-status" data-state="done">
          {state.text}
          {state.warnings.length > 0 && <p class="hint">{state.warnings.length} warnings (the pack works; its author may want to look):</p>}
          <Messages items={state.warnings} testid="import-warnings" />
        </div>
      )}
      {state.kind === 'refused' && (
        <div class="status refused" role="alert" data-testid="import-status" data-state="refused">
          <strong>{state.file} was not imported</strong> ({state.errors.length === 1 ? '1 problem' : `${state.errors.length} problems`}). Nothing was
          changed. Fix the pack and import it again:
          <Messages items={state.errors} testid="import-errors" />
        </div>
      )}
    </div>
  );
}
