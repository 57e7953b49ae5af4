/** The report's stylesheet, inlined in the page: it must read offline and from a CI job's artifacts. */
export const PAGE_STYLE = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5d6776; --line: #dde2ea; --paper: #ffffff; --wash: #f5f7fa; --warn: #b45309; --bad: #b91c1c; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--wash); }
main { max-width: 1120px; margin: 0 auto; padding: 24px 24px 64px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.command { color: var(--muted); margin: 0; overflow-wrap: anywhere; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin-top: 18px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.card .figure { font-size: 20px; font-weight: 600; }
.card .label { color: var(--muted); font-size: 12px; }
.card.bad .figure { color: var(--bad); }
.card.warn .figure { color: var(--warn); }
.charts { display: grid; gap: 12px; }
figure { margin: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; overflow-x: auto; }
figcaption { font-weight: 600; margin-bottom: 6px; }
svg.chart text { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg.chart text.head { fill: var(--muted); }
svg.chart text.value { fill: var(--muted); }
svg.chart .row { cursor: pointer; }
svg.chart .row:hover text.name, svg.chart .row:focus text.name { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; background: var(--paper); border: 1px solid var(--line); }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--wash); font-weight: 600; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.source { overflow-wrap: anywhere; }
.badge { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 9px; background: #fef3c7; color: var(--warn); border: 1px solid #fcd34d; margin-right: 4px; white-space: nowrap; }
.note, .empty, .selection { color: var(--muted); }
.toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 12px; align-items: center; background: var(--wash); padding: 8px 0; border-bottom: 1px solid var(--line); }
.toolbar select { font: inherit; padding: 2px 4px; }
.toolbar button { font: inherit; padding: 2px 10px; }
#shown-count { color: var(--muted); margin-left: auto; }
section.doc { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; margin: 10px 0; }
section.doc > details > summary { cursor: pointer; padding: 8px 12px; display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
section.doc .name { font-weight: 600; overflow-wrap: anywhere; }
section.doc .share { color: var(--muted); font-variant-numeric: tabular-nums; }
section.doc .meter { display: inline-block; width: 80px; height: 6px; background: var(--line); border-radius: 3px; overflow: hidden; vertical-align: middle; }
section.doc .meter i { display: block; height: 100%; background: #e15759; }
section.doc .body { padding: 0 12px 12px; }
section.doc .doc-title { margin: 0 0 6px; font-weight: 600; }
section.doc ul.warnings { margin: 0 0 6px; padding-left: 18px; color: var(--warn); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.55 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #fbfcfd; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; margin: 0; }
del { text-decoration: line-through; text-decoration-color: var(--c); text-decoration-thickness: 1.5px; background: color-mix(in srgb, var(--c) 16%, transparent); color: #4b5563; }
.why { display: inline-block; font: 11px/1.4 system-ui, sans-serif; color: var(--ink); border: 1px solid var(--c); border-left-width: 4px; border-radius: 4px; padding: 0 5px; margin: 0 2px; white-space: normal; vertical-align: 1px; }
body.filtering del:not(.hit) { opacity: 0.45; }
body.filtering .why:not(.hit) { opacity: 0.35; }
del.hit { outline: 2px solid var(--c); outline-offset: 1px; }
a { color: #1d4ed8; }
svg.chart line.axis { stroke: var(--line); stroke-dasharray: 3 3; }
.card .of { font-size: 13px; font-weight: 400; color: var(--muted); }
.chip { display: inline-block; font-size: 12px; padding: 0 6px; border-radius: 4px; border-left: 4px solid var(--c); background: var(--wash); margin: 1px 2px 1px 0; }
details.table > summary { cursor: pointer; color: var(--muted); margin-bottom: 6px; }
p.cut { color: var(--muted); font-style: italic; margin: 6px 0 0; }
.bad-note { color: var(--bad); }
section.doc:target { border-color: #1d4ed8; box-shadow: 0 0 0 2px #bfdbfe; }
`;
