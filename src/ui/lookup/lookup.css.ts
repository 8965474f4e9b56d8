/** The look-up panel's styles, added to the popover's inside Gloss's frame. */
export const LOOKUP_CSS = `
.lookup .intro { margin: 4px 0 8px; }
.lookup .sent { font-size: 12px; color: #57606a; margin: 6px 0 0; }
.lookup .primary { font-weight: 600; background: #0969da; border-color: #0969da; color: #fff; }
.lookup .primary:hover { background: #0860c4; }
.lookup .candidates { list-style: none; padding: 0; margin: 6px 0; display: grid; gap: 4px; }
.lookup .candidates button { width: 100%; text-align: left; display: grid; gap: 1px; padding: 6px 8px; }
.lookup .candidates .label { font-weight: 600; }
.lookup .candidates .cdesc { font-size: 12px; color: #57606a; }
.lookup .thumb { float: right; max-width: 96px; max-height: 96px; margin: 0 0 6px 10px; border-radius: 6px; }
.lookup .extract { margin: 0 0 8px; }
.lookup .asof { font-size: 12px; color: #6e7781; }
.lookup .stale { font-size: 12px; color: #9a6700; }
.lookup .known { font-size: 13px; background: #eef6ff; border-radius: 6px; padding: 4px 8px; }
.lookup form label { font-size: 13px; display: grid; gap: 2px; }
.lookup form input[type=text], .lookup form select { font: inherit; padding: 3px 6px; border-radius: 6px; border: 1px solid #d0d7de; background: inherit; color: inherit; }
.lookup fieldset { border: 1px solid #d0d7de; border-radius: 6px; margin: 0; padding: 4px 8px; font-size: 13px; }
.lookup fieldset label { display: flex; gap: 6px; align-items: baseline; }
.lookup .lang { color: #6e7781; font-size: 11px; }
@media (prefers-color-scheme: dark) {
  .lookup .sent, .lookup .candidates .cdesc { color: #9da7b3; }
  .lookup .primary { background: #1f6feb; border-color: #1f6feb; }
  .lookup .known { background: #1c2a3a; }
  .lookup .stale { color: #d29922; }
  .lookup form input[type=text], .lookup form select, .lookup fieldset { border-color: #30363d; }
}
`;
