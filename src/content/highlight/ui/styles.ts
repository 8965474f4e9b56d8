/** The selection toolbar's and the toast's stylesheet, inside their closed shadow root (page CSS cannot reach it). */
export const UI_CSS = `
* { box-sizing: border-box; }
.float { position: fixed; top: 0; left: 0; z-index: 2147483647; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1d1d1f; background: #fff; border: 1px solid #c9c9d1; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.toolbar { display: flex; gap: 2px; padding: 3px; }
.toolbar button { font: inherit; border: 0; border-radius: 6px; padding: 5px 10px; background: transparent; color: inherit; cursor: pointer; }
.toolbar button:hover, .toolbar button:focus-visible { background: #eef0f6; }
.error { color: #b00020; margin: 0; font-size: 13px; }
.toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); z-index: 2147483647; display: flex; gap: 12px; align-items: center;
  font: 14px/1.4 system-ui, sans-serif; background: #1d1d1f; color: #fff; padding: 8px 14px; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.toast.error { background: #8a0016; }
.toast button { font: inherit; background: transparent; color: #9cc2ff; border: 0; cursor: pointer; text-decoration: underline; padding: 0; }
@media (prefers-color-scheme: dark) {
  .float { background: #26262b; color: #f2f2f5; border-color: #4a4a52; }
  .toolbar button:hover { background: #3a3a42; }
}
`;
