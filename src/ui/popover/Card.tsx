/**
 * The popover's card layout, for every panel shown in it (the background of a marked name; later
 * an online look-up): a header that always shows, a body that scrolls inside the card when the
 * window is short, and a row of actions that always shows under it. Gloss's frame sizes the card
 * to the room beside the name (src/pages/frame, src/content/frame/host.ts): `data-scroll` marks
 * the part that gives way.
 */
import type { ComponentChildren } from 'preact';

export function Card({ head, actions, children }: { head: ComponentChildren; actions: ComponentChildren; children: ComponentChildren }) {
  return (
    <>
      <header class="card-head">{head}</header>
      <div class="card-body" data-scroll="">{children}</div>
      <footer class="card-actions">{actions}</footer>
    </>
  );
}
