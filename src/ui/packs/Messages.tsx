/** The first few validator messages (each names the entity and field), and how many more there are. */
export const SHOWN_MESSAGES = 5;

export function Messages({ items, testid }: { items: readonly string[]; testid: string }) {
  if (items.length === 0) return null;
  const shown = items.slice(0, SHOWN_MESSAGES);
  return (
    <ul data-testid={testid}>
      {shown.map((m, i) => <li key={i}>{m}</li>)}
      {items.length > shown.length && <li key="more">… and {items.length - shown.length} more</li>}
    </ul>
  );
}
