/**
 * "My entities" as a file: export them as a pack (the documented pack format) to share or to move
 * to another browser, and add the entities of such a file to one's own (an entity with an id
 * already there is replaced; one another pack has, or whose name is another pack's without a note
 * saying how to tell them apart, is skipped and listed).
 */
import { useState } from 'preact/hooks';
import { send } from '../../shell/messaging.ts';
import { download } from '../notebook/download.ts';
import { fileSizeProblem } from '../../core/pack/import.ts';
import { formatIssue } from '../../core/pack/issues.ts';
import { Messages } from './Messages.tsx';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string; skipped: string[] }
  | { kind: 'refused'; text: string; errors: string[] };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function MyEntitiesFile({ hasOwn, onChanged }: { hasOwn: boolean; onChanged: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const exportMine = async () => {
    try {
      const r = await send('packs/exportMine', {});
      download({ name: r.fileName, mime: 'application/json', bytes: r.text });
      setState({ kind: 'done', text: `${count(r.count, 'entity', 'entities')} saved as ${r.fileName}.`, skipped: [] });
    } catch (e) {
      setState({ kind: 'refused', text: 'Not exported.', errors: [(e as Error).message] });
    }
  };

  const addFrom = async (file: File) => {
    const size = fileSizeProblem(file.name, file.size);
    if (size) return setState({ kind: 'refused', text: `${file.name} was not read.`, errors: [size] });
    setState({ kind: 'busy', text: `Reading ${file.name}…` });
    try {
      const r = await send('packs/importMine', { text: await file.text(), fileName: file.name });
      if (!r.accepted) return setState({ kind: 'refused', text: `Nothing was added from ${file.name}. Fix the file and try again:`, errors: r.errors.map(formatIssue) });
      const text = r.added.length + r.replaced.length === 0
        ? `Nothing was added from ${file.name}.`
        : `From ${file.name}: ${count(r.added.length, 'entity', 'entities')} added, ${r.replaced.length} replaced. Pages you open from now on mark them.`;
      setState({ kind: 'done', text, skipped: r.skipped.map((s) => `${s.name}: ${s.reason}`) });
      onChanged();
    } catch (e) {
      setState({ kind: 'refused', text: `Nothing was added from ${file.name}.`, errors: [(e as Error).message] });
    }
  };

  return (
    <div class="import-wrap" data-testid="my-entities-file">
      <div class="import">
        <button type="button" data-testid="mine-export" disabled={!hasOwn || state.kind === 'busy'} onClick={() => void exportMine()}>
          Export my entities
        </button>
        <label class={`file-button ${state.kind === 'busy' ? 'busy' : ''}`}>
          Add entities from a file…
          <input
            class="visually-hidden"
            type="file"
            accept=".json,application/json"
            data-testid="mine-file"
            disabled={state.kind === 'busy'}
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) void addFrom(file);
            }}
          />
        </label>
        <span class="hint">A pack file (JSON): your own export, or one someone shared with you.</span>
      </div>
      {state.kind === 'busy' && <div class="status busy" role="status" aria-busy="true">{state.text}</div>}
      {state.kind === 'done' && (
        <div class="status ok" role="status" data-testid="mine-status" data-state="done">
          {state.text}
          {state.skipped.length > 0 && <p class="hint">Skipped ({state.skipped.length}):</p>}
          <Messages items={state.skipped} testid="mine-skipped" />
        </div>
      )}
      {state.kind === 'refused' && (
        <div class="status refused" role="alert" data-testid="mine-status" data-state="refused">
          {state.text}
          <Messages items={state.errors} testid="mine-errors" />
        </div>
      )}
    </div>
  );
}
