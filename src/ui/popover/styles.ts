/** The popover's stylesheet, scoped by its shadow root: the page's CSS cannot reach in, ours cannot leak out. */
export const POPOVER_CSS = `
:host { all: initial; }
.card {
  position: fixed; top: 0; left: 0; z-index: 2147483647;
  box-sizing: border-box; width: max-content; max-width: min(380px, calc(100vw - 16px));
  max-height: min(70vh, 560px); overflow: hidden; display: flex; flex-direction: column;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
  background: #fff; border: 1px solid #d0d7de; border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18); padding: 0;
  text-align: left; letter-spacing: normal; text-transform: none; white-space: normal;
}
/* the header and the actions always show; the body between them scrolls when the card is short */
.card-head { flex: none; padding: 12px 14px 0; }
.card-body { flex: 1 1 auto; min-height: 0; overflow: auto; padding: 0 14px; overscroll-behavior: contain; }
.card-actions { flex: none; padding: 0 14px 12px; border-top: 1px solid #eaeef2; }
.card-actions .actions { margin-top: 8px; }
.card-actions .status, .card-actions .error { margin: 6px 0 0; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #3b6fd6; }
h2 { font-size: 16px; line-height: 1.3; margin: 0; font-weight: 650; }
.head { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; }
.type { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: #57606a; white-space: nowrap; }
.desc { margin: 2px 0 8px; color: #424a53; overflow-wrap: anywhere; }
.summary { margin: 0 0 8px; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0 0 8px; font-size: 13px; }
dt { color: #57606a; }
dd { margin: 0; }
.when { color: #6e7781; font-size: 12px; }
.from { display: block; color: #6e7781; font-size: 11.5px; }
.from a { color: inherit; }
.notes { border-top: 1px solid #eaeef2; padding-top: 8px; margin-top: 8px; font-size: 13px; }
.notes blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #d4a72c; white-space: pre-wrap; }
.source { font-size: 12px; color: #6e7781; margin-top: 8px; }
.source a, .linkish { color: #0969da; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
button {
  font: inherit; font-size: 12.5px; padding: 4px 9px; border-radius: 6px; cursor: pointer;
  border: 1px solid #d0d7de; background: #f6f8fa; color: inherit;
}
button:hover { background: #eef1f4; }
button:focus-visible { outline: 2px solid #3b6fd6; outline-offset: 1px; }
.linkish { background: none; border: none; padding: 0; text-decoration: underline; font-size: inherit; }
form { margin-top: 8px; display: grid; gap: 6px; }
textarea { font: inherit; height: 64px; resize: none; padding: 6px; border-radius: 6px; border: 1px solid #d0d7de; background: inherit; color: inherit; }
.status { font-size: 12px; color: #1a7f37; }
.error { font-size: 12px; color: #cf222e; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; box-shadow: 0 8px 28px rgba(0,0,0,.5); }
  .type, dt, .desc { color: #9da7b3; }
  .when, .source, .from { color: #8b949e; }
  .notes, .card-actions { border-top-color: #30363d; }
  .source a, .linkish { color: #58a6ff; }
  button { background: #21262d; border-color: #30363d; }
  button:hover { background: #30363d; }
  textarea { border-color: #30363d; }
  .status { color: #3fb950; }
  .error { color: #ff7b72; }
}
`;
