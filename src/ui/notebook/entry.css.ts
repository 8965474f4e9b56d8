/** Styles for EntryCard, shared by the pages that show entries (injected once per page). */
export const ENTRY_CSS = `
.entry { border: 1px solid #d8d8e0; border-radius: 8px; padding: 10px 12px; margin: 10px 0; }
.entry.orphaned { border-style: dashed; }
.entry blockquote { margin: 0 0 6px; padding-left: 10px; border-left: 4px solid #f2d13c; white-space: pre-line; }
.entry blockquote.compact { max-height: 4.5em; overflow: hidden; }
.entry .note { margin: 4px 0; white-space: pre-wrap; }
.entry .about { margin: 0 0 4px; font-size: 13px; }
.entry .tags { margin: 4px 0; display: flex; gap: 6px; flex-wrap: wrap; }
.entry .tag { font-size: 12px; background: #eef0f6; color: #333; border-radius: 10px; padding: 1px 8px; }
.entry footer { font-size: 12px; color: #666; display: flex; gap: 4px; flex-wrap: wrap; align-items: center; }
.entry footer a { color: inherit; }
.entry .badge { margin-left: 6px; font-size: 11px; background: #fde7c6; color: #6b3d00; border-radius: 4px; padding: 1px 6px; }
.entry button.link { background: none; border: 0; color: #3b6fd8; cursor: pointer; font: inherit; padding: 0 4px; }
.entry button.link.danger { color: #b00020; }
.entry .edit { display: grid; gap: 6px; margin: 6px 0; }
.entry .edit textarea { min-height: 70px; font: inherit; }
.entry .edit .actions { display: flex; gap: 6px; }
.entry .error { color: #b00020; margin: 4px 0 0; }
@media (prefers-color-scheme: dark) {
  .entry { border-color: #44444c; }
  .entry .tag { background: #33333a; color: #ddd; }
  .entry footer { color: #aaa; }
}
`;

export function injectEntryCss(doc: Document = document): void {
  if (doc.getElementById('gloss-entry-css')) return;
  const style = doc.createElement('style');
  style.id = 'gloss-entry-css';
  style.textContent = ENTRY_CSS;
  doc.head.appendChild(style);
}
