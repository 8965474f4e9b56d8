/** The highlight UI's stylesheet, inside its shadow root (page CSS cannot reach it). */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.float { position: fixed; top: 0; left: 0; z-index: 2147483647; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1d1d1f; background: #fff; border: 1px solid #c9c9d1; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.toolbar { display: flex; gap: 2px; padding: 3px; }
.toolbar button, .editor button { font: inherit; border: 0; border-radius: 6px; padding: 5px 10px; background: transparent; color: inherit; cursor: pointer; }
.toolbar button:hover, .toolbar button:focus-visible, .editor button:hover { background: #eef0f6; }
.editor { width: 320px; padding: 10px; display: grid; gap: 8px; }
.editor .quote { margin: 0; max-height: 4.2em; overflow: hidden; color: #555; font-style: italic; border-left: 3px solid #e0c33c; padding-left: 8px; }
.editor label { display: grid; gap: 3px; font-size: 12px; color: #444; }
.editor textarea, .editor input[type=text] { font: inherit; font-size: 14px; width: 100%; border: 1px solid #c9c9d1; border-radius: 6px; padding: 6px; color: #1d1d1f; background: #fff; }
.editor textarea { min-height: 80px; resize: vertical; }
.colours { display: flex; gap: 6px; border: 0; margin: 0; padding: 0; }
.colours legend { font-size: 12px; color: #444; padding: 0; margin-bottom: 3px; }
.swatch { width: 22px; height: 22px; border-radius: 50%; border: 2px solid transparent; padding: 0 !important; }
.swatch[aria-pressed="true"] { border-color: #1d1d1f; }
.row { display: flex; gap: 6px; justify-content: flex-end; align-items: center; }
.row .spacer { flex: 1; }
button.primary { background: #3b6fd8 !important; color: #fff !important; }
button.danger { color: #b00020 !important; }
.error { color: #b00020; margin: 0; font-size: 13px; }
.toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); z-index: 2147483647; display: flex; gap: 12px; align-items: center;
  font: 14px/1.4 system-ui, sans-serif; background: #1d1d1f; color: #fff; padding: 8px 14px; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.toast.error { background: #8a0016; }
.toast button { font: inherit; background: transparent; color: #9cc2ff; border: 0; cursor: pointer; text-decoration: underline; padding: 0; }
@media (prefers-color-scheme: dark) {
  .float { background: #26262b; color: #f2f2f5; border-color: #4a4a52; }
  .toolbar button:hover, .editor button:hover { background: #3a3a42; }
  .editor textarea, .editor input[type=text] { background: #1d1d21; color: #f2f2f5; border-color: #4a4a52; }
  .editor label, .colours legend, .editor .quote { color: #c8c8d0; }
}
`;
