/**
 * The one small stylesheet Gloss puts into pages: how marks look. A dotted underline in the page's
 * own text colour, nothing that changes layout; a focus ring for keyboard users. Names no pack knows
 * (when the reader turned their marks on) get a fainter one.
 */
import { MARK_HINT_ID, MARK_TAG, UNKNOWN_NAME_TAG } from './wrap.ts';

const CSS = `
${MARK_TAG}, ${UNKNOWN_NAME_TAG} {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-thickness: 1px;
  text-decoration-color: color-mix(in srgb, currentColor 60%, transparent);
  text-underline-offset: 0.18em;
  text-decoration-skip-ink: auto;
  cursor: help;
  border-radius: 2px;
}
${MARK_TAG}:hover, ${MARK_TAG}[data-gloss-open] {
  text-decoration-style: solid;
  background-color: color-mix(in srgb, #3b6fd6 12%, transparent);
}
${UNKNOWN_NAME_TAG} { text-decoration-color: color-mix(in srgb, currentColor 25%, transparent); }
${UNKNOWN_NAME_TAG}:hover, ${UNKNOWN_NAME_TAG}[data-gloss-open] {
  text-decoration-color: color-mix(in srgb, currentColor 50%, transparent);
  background-color: color-mix(in srgb, #888 10%, transparent);
}
${MARK_TAG}:focus, ${UNKNOWN_NAME_TAG}:focus { outline: none; }
${MARK_TAG}:focus-visible, ${UNKNOWN_NAME_TAG}:focus-visible { outline: 2px solid #3b6fd6; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  ${MARK_TAG}:hover, ${MARK_TAG}[data-gloss-open] {
    background-color: color-mix(in srgb, #8fb0ff 18%, transparent);
  }
  ${MARK_TAG}:focus-visible, ${UNKNOWN_NAME_TAG}:focus-visible { outline-color: #8fb0ff; }
}
`;

const STYLE_ID = 'gloss-mark-style';

export function injectMarkStyle(doc: Document): void {
  injectMarkHint(doc);
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute('data-gloss-ui', '');
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

export function removeMarkStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
  doc.getElementById(MARK_HINT_ID)?.remove();
}

const MARK_HINT = 'Gloss has a summary of this name. Press Enter to read it.';

/**
 * The description marks point to: hidden from sight (screen readers still read a description that
 * is referenced), outside the page's <body>, marked as Gloss's UI so no text reader takes it in.
 * The same words for every mark: it tells the page nothing the marks do not.
 */
export function injectMarkHint(doc: Document): void {
  if (doc.getElementById(MARK_HINT_ID)) return;
  const hint = doc.createElement('gloss-hint');
  hint.id = MARK_HINT_ID;
  hint.hidden = true;
  hint.setAttribute('data-gloss-ui', '');
  hint.textContent = MARK_HINT;
  doc.documentElement.appendChild(hint);
}
