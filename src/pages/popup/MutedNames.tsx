/**
 * The names the reader asked Gloss not to mark ("Don't mark …" in the popover), each with a way
 * to mark it again.
 */
import { useEntityNames } from './entity-names.ts';

export function MutedNames({ ids, onUnmute }: { ids: string[]; onUnmute(id: string): void }) {
  const nameOf = useEntityNames(ids);
  if (!ids.length) return null;
  return (
    <section aria-labelledby="muted-h">
      <h2 id="muted-h">Not marked anywhere</h2>
      <ul class="muted">
        {ids.map((id) => (
          <li key={id}>
            <span>{nameOf(id)}</span>
            <button type="button" onClick={() => onUnmute(id)} aria-label={`Mark ${nameOf(id)} again`}>Mark again</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
