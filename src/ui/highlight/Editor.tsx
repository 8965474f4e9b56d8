/**
 * Note, tags and colour of a highlight (new or existing). The typed text lives here until the
 * background confirms the save; a failed save shows why and keeps the text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../core/model/types.ts';
import { parseTags, type NoteDraft } from '../../core/model/notebook.ts';
import { colourValue } from './colours.ts';
/** what the editor saves: note, tags and colour */
export interface EditorDraft extends NoteDraft {
  colour: HighlightColour;
}

export interface EditorProps {
  mode: 'new' | 'edit';
  quote: string;
  initial: EditorDraft;
  onSave: (draft: EditorDraft) => Promise<void>;
  onDelete?: () => Promise<void>;
  onClose: () => void;
}

export function Editor({ mode, quote, initial, onSave, onDelete, onClose }: EditorProps) {
  const [body, setBody] = useState(initial.body);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [colour, setColour] = useState<HighlightColour>(initial.colour);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave({ body, tags: parseTags(tags), colour });
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)} Your text is still here; try again.`);
    } finally {
      setBusy(false);
    }
  };
  const del = async () => {
    if (!onDelete) return;
    setBusy(true);
    setError(null);
    try {
      await onDelete();
    } catch (e) {
      setError(`Not deleted: ${e instanceof Error ? e.message : String(e)}`);
      setBusy(false);
    }
  };

  return (
    <form
      class="editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
      }}
    >
      <p class="quote">{quote}</p>
      <label>
        Note
        <textarea ref={area} data-testid="note-body" value={body} onInput={(e) => setBody(e.currentTarget.value)} placeholder="Your note on this passage" />
      </label>
      <label>
        Tags (comma-separated)
        <input type="text" data-testid="note-tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} placeholder="e.g. economy, follow up" />
      </label>
      <fieldset class="colours">
        <legend>Colour</legend>
        {HIGHLIGHT_COLOURS.map((c) => (
          <button
            type="button"
            key={c}
            class="swatch"
            data-testid={`colour-${c}`}
            aria-label={c}
            aria-pressed={c === colour}
            style={{ background: colourValue(c) }}
            onClick={() => setColour(c)}
          />
        ))}
      </fieldset>
      {error && <p class="error" role="alert" data-testid="editor-error">{error}</p>}
      <div class="row">
        {mode === 'edit' && (
          <button type="button" class="danger" data-testid="delete" disabled={busy} onClick={() => void del()}>
            Delete
          </button>
        )}
        <span class="spacer" />
        <button type="button" data-testid="cancel" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" class="primary" data-testid="save" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
