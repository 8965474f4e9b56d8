/** The items a search found, to choose from: label and description, best first. */
import type { Candidate } from '../../core/lookup/types.ts';

export function CandidateList({ candidates, onChoose, disabled }: { candidates: readonly Candidate[]; onChoose: (c: Candidate) => void; disabled?: boolean }) {
  return (
    <ul class="candidates" data-testid="lookup-candidates">
      {candidates.map((c) => (
        <li key={c.qid}>
          <button type="button" data-qid={c.qid} data-testid={`candidate-${c.qid}`} disabled={disabled} onClick={() => onChoose(c)}>
            <span class="label">{c.label}</span>
            <span class="cdesc">{c.description ?? `Wikidata ${c.qid}, no description`}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
