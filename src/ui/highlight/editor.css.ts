/** The highlight editor's stylesheet (in Gloss's frame). */
export const EDITOR_CSS = `
* { box-sizing: border-box; }
.float { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff;
  border: 1px solid #c9c9d1; border-radius: 8px; box-shadow: 0 4px 14px rgba(0,0,0,.16); }
.editor { width: 320px; padding: 10px; display: grid; gap: 8px; }
.editor button { font: inherit; border: 0; border-radius: 6px; padding: 5px 10px; background: transparent; color: inherit; cursor: pointer; }
.editor button:hover { background: #eef0f6; }
.editor .quote { margin: 0; height: 4.2em; overflow: hidden; color: #555; font-style: italic; border-left: 3px solid #e0c33c; padding-left: 8px; }
.editor label { display: grid; gap: 3px; font-size: 12px; color: #444; }
.editor textarea, .editor input[type=text] { font: inherit; font-size: 14px; width: 100%; border: 1px solid #c9c9d1; border-radius: 6px; padding: 6px; color: #1d1d1f; background: #fff; }
.editor textarea { height: 96px; resize: none; }
.colours { display: flex; gap: 6px; border: 0; margin: 0; padding: 0; }
.colours legend { font-size: 12px; color: #444; padding: 0; margin-bottom: 3px; }
.swatch { width: 22px; height: 22px; border-radius: 50%; border: 2px solid transparent; padding: 0 !important; }
.swatch[aria-pressed="true"] { border-color: #1d1d1f; }
.row { display: flex; gap: 6px; justify-content: flex-end; align-items: center; }
.row .spacer { flex: 1; }
button.primary { background: #3b6fd8 !important; color: #fff !important; }
button.danger { color: #b00020 !important; }
.error { color: #b00020; margin: 0; font-size: 13px; }
@media (prefers-color-scheme: dark) {
  .float { background: #26262b; color: #f2f2f5; border-color: #4a4a52; }
  .editor button:hover { background: #3a3a42; }
  .editor textarea, .editor input[type=text] { background: #1d1d21; color: #f2f2f5; border-color: #4a4a52; }
  .editor label, .colours legend, .editor .quote { color: #c8c8d0; }
}
`;
