/** Styles for the notebook's "Knowledge packs" tab (injected once). */
export const PACKS_CSS = `
.packs .pack { border: 1px solid #d8d8e0; border-radius: 8px; padding: 10px 12px; margin: 10px 0; }
.packs .pack.failed { border-color: #e0a0a0; }
.packs .pack h3 { font-size: 15px; margin: 0; display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.packs .pack .origin { font-size: 11px; font-weight: normal; background: #eef0f6; color: #333; border-radius: 4px; padding: 1px 6px; }
.packs .pack .facts { font-size: 13px; color: #555; margin: 4px 0 0; }
.packs .pack .desc { font-size: 13px; margin: 4px 0 0; }
.packs .pack .actions { margin-top: 6px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; font-size: 13px; }
.packs button { font: inherit; }
.packs button.danger { color: #b00020; }
.packs button.link { background: none; border: 0; color: #3b6fd8; cursor: pointer; padding: 0 4px; }
.packs button.link.danger { color: #b00020; }
.tabs { display: flex; gap: 4px; margin: 10px 0 0; border-bottom: 1px solid #d8d8e0; }
.tabs a { padding: 5px 12px; text-decoration: none; color: inherit; border-radius: 6px 6px 0 0; }
.tabs a[aria-current=page] { background: #eef0f6; font-weight: 600; }
@media (prefers-color-scheme: dark) { .tabs a[aria-current=page] { background: #2e2e35; } .tabs { border-color: #44444c; } }
.packs .confirm { background: #fdecec; border-radius: 6px; padding: 4px 8px; }
.packs .own { list-style: none; padding: 0; margin: 6px 0 0; font-size: 13px; }
.packs .own li { display: flex; gap: 6px; align-items: baseline; padding: 2px 0; flex-wrap: wrap; }
.packs .own .type { color: #777; font-size: 12px; }
.packs .import { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; margin: 8px 0; }
.packs .file-button { display: inline-block; border: 1px solid #888; border-radius: 6px; padding: 4px 12px; cursor: pointer; background: #f4f4f8; }
.packs .file-button:focus-within { outline: 2px solid #3b6fd8; outline-offset: 2px; }
.packs .file-button.busy { opacity: 0.6; cursor: progress; }
.packs .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.packs .status { border-radius: 6px; padding: 6px 10px; margin: 6px 0; font-size: 14px; }
.packs .status.busy { background: #eef0f6; }
.packs .status.ok { background: #e8f6e8; }
.packs .status.refused { background: #fdecec; }
.packs .status progress { width: 100%; margin-top: 4px; }
.packs .status ul { margin: 4px 0; padding-left: 20px; }
.packs .status li { font-family: ui-monospace, monospace; font-size: 12px; overflow-wrap: anywhere; }
.packs .hint { color: #666; font-size: 13px; margin: 2px 0; }
.packs form.add { display: grid; grid-template-columns: max-content 1fr; gap: 6px 10px; align-items: center; max-width: 640px; }
.packs form.add label { font-size: 13px; }
.packs form.add input, .packs form.add select, .packs form.add textarea { font: inherit; padding: 3px 6px; }
.packs form.add textarea { min-height: 60px; }
.packs form.add .wide { grid-column: 1 / -1; }
@media (prefers-color-scheme: dark) {
  .packs .pack { border-color: #44444c; }
  .packs .pack .origin { background: #33333a; color: #ddd; }
  .packs .pack .facts, .packs .hint { color: #aaa; }
  .packs .file-button { background: #2e2e35; }
  .packs .status.busy { background: #2e2e35; }
  .packs .status.ok { background: #1f3321; }
  .packs .status.refused, .packs .confirm { background: #3a2020; }
}
`;

export function injectPacksCss(doc: Document = document): void {
  if (doc.getElementById('gloss-packs-css')) return;
  const style = doc.createElement('style');
  style.id = 'gloss-packs-css';
  style.textContent = PACKS_CSS;
  doc.head.appendChild(style);
}
