/**
 * The --report page: one self-contained HTML file (its style and script inline, nothing
 * fetched, a policy in the page that forbids fetching) with the run's summary, charts of
 * what was removed, the documents most cut, those with warnings, the failures, and the
 * documents' texts with each removal marked in place.
 */
import { categoryColor } from './category-colors.js';
import { removalChart } from './chart.js';
import { DIGEST_TEXT_LIMIT } from './digest.js';
import { escapeHtml } from './html-escape.js';
import { markedText } from './marked-text.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';
import type { ReportData, ReportedDocument, WarnedDocument } from './report-data.js';

/**
 * Characters of document text the page shows in all, shared among its documents: 2,000
 * documents get 4,000 each, a few get the digest's whole 10,000. With the marks' markup
 * the page stays under about 20 MB, which a browser opens in seconds.
 */
export const PAGE_TEXT_BUDGET = 8_000_000;
/** No document's text is cut shorter than this, however many the page shows. */
const MIN_TEXT_PER_DOCUMENT = 1_000;
/** Rows of the chart by rule; the rest are named in a line under it. */
const CHART_RULES = 40;
/** Rows of the warnings' and failures' tables shown open; a longer table starts folded. */
const OPEN_TABLE_ROWS = 25;
/** Documents shown open, text visible, when the page shows no more than this many. */
const OPEN_UP_TO = 20;

/** Characters of text each document may show on a page of `documents` documents. */
export function textLimitPerDocument(documents: number, budget = PAGE_TEXT_BUDGET): number {
  return Math.max(MIN_TEXT_PER_DOCUMENT, Math.min(DIGEST_TEXT_LIMIT, Math.floor(budget / Math.max(1, documents))));
}

export function renderReport(data: ReportData, budget = PAGE_TEXT_BUDGET): string {
  const shown = new Set(data.documents.map((d) => d.seq));
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    // Nothing in a document can make the page fetch or run anything: only its own inline style and script.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>unboil report: ${count(data.summary.documents)} ${data.summary.unit === 'files' ? 'inputs' : 'records'}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head><body><main>',
    header(data),
    charts(data),
    mostCut(data, shown),
    warned(data, shown),
    failures(data),
    documents(data, budget),
    '</main>',
    `<script>${PAGE_SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

function header(data: ReportData): string {
  const s = data.summary;
  const problems = s.failed + s.skipped + s.inputsFailed;
  const warnedCount = s.warned.length + (s.warnedNotListed ?? 0);
  const card = (figure: string, label: string, tone = '') => `<div class="card${tone ? ` ${tone}` : ''}"><div class="figure">${figure}</div><div class="label">${label}</div></div>`;
  const noun = s.unit === 'files' ? 'inputs' : 'records';
  return [
    '<header>',
    '<h1>unboil report</h1>',
    `<p class="command"><code>${escapeHtml(data.command)}</code></p>`,
    `<p class="note">Written ${escapeHtml(data.generated.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'))}.</p>`,
    '<div class="cards" id="summary">',
    card(`${count(s.cleaned)}<span class="of"> of ${count(s.documents)}</span>`, `${noun} cleaned`),
    card(count(problems), [s.failed ? `${count(s.failed)} failed` : 'failed', s.skipped ? `${count(s.skipped)} malformed` : '', s.inputsFailed ? `${count(s.inputsFailed)} inputs unreadable` : ''].filter(Boolean).join(', '), problems ? 'bad' : ''),
    card(percent(s.removedShare), `of the text removed (${count(s.chars)} characters)`),
    card(size(s.bytesIn), 'in'),
    card(size(s.bytesOut), 'out'),
    card(`${s.seconds.toFixed(1)} s`, `${s.jobs} job${s.jobs === 1 ? '' : 's'}${s.cleaned ? `, ${s.documentsPerSecond.toFixed(1)} documents/s` : ''}`),
    card(count(s.guarded), 'flagged by the recall guard', s.guarded ? 'warn' : ''),
    card(count(warnedCount), 'with warnings', warnedCount ? 'warn' : ''),
    '</div>',
    s.stoppedEarly ? '<p class="bad-note">The run stopped at a malformed line (--strict): what follows is what came before it.</p>' : '',
    '</header>',
  ].join('\n');
}

function charts(data: ReportData): string {
  const { chars, cleaned } = data.summary;
  const rules = data.byRule.slice(0, CHART_RULES);
  const more = data.byRule.length - rules.length;
  // Built-in rules each have a category of their own; the chart by rule adds something only when some do not.
  const sameAsCategories = data.byRule.every((r) => r.id === r.category);
  return [
    '<section id="removed"><h2>What was removed</h2>',
    '<p class="note">Each row: the share of the run\'s text it removed, and the documents it removed something from. Click a row to show only those documents.</p>',
    '<div class="charts">',
    `<figure><figcaption>By category</figcaption>${removalChart(data.byCategory, { kind: 'category', title: 'Removed by category', chars, documents: cleaned })}</figure>`,
    `<figure><figcaption>By rule${sameAsCategories && rules.length ? ' <span class="note">(every rule that removed something has a category of its own)</span>' : ''}</figcaption>${removalChart(rules, { kind: 'rule', title: 'Removed by rule', chars, documents: cleaned })}`,
    more > 0 ? `<p class="note">${count(more)} more rules removed less: ${data.byRule.slice(CHART_RULES).map((r) => escapeHtml(r.id)).join(', ')}.</p>` : '',
    '</figure></div></section>',
  ].join('\n');
}

function mostCut(data: ReportData, shown: Set<number>): string {
  if (data.mostCut.length === 0) return '';
  const rows = data.mostCut.map((d) => {
    const top = [...d.digest.rules].sort((a, b) => b.chars - a.chars).slice(0, 3);
    return `<tr><td class="source">${docLink(d, shown)}</td><td class="number">${percent(share(d))}</td><td class="number">${count(d.removedChars)} of ${count(d.chars)}</td><td>${top.map((r) => ruleChip(r.id, r.category)).join(' ')}</td></tr>`;
  });
  return [
    '<section id="most-cut"><h2>Most cut</h2>',
    '<table><thead><tr><th>document</th><th class="number">removed</th><th class="number">characters</th><th>mostly by</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table></section>',
  ].join('\n');
}

function warned(data: ReportData, shown: Set<number>): string {
  if (data.warned.length === 0) return '';
  // The recall guard's first: they are the ones where the rules and the prose disagreed.
  const guardFirst = [...data.warned].sort((a, b) => Number(isGuarded(b)) - Number(isGuarded(a)) || a.seq - b.seq);
  const rows = guardFirst.map((w) => `<tr><td class="source">${docLink(w, shown)}</td><td>${w.warnings.map((x) => `<span class="badge">${escapeHtml(x.code)}</span> ${escapeHtml(x.message)}`).join('<br>')}</td></tr>`);
  const more = data.warnedNotListed ? `${count(data.warnedNotListed)} more documents had warnings (see --stats).` : '';
  return tableSection('warned', 'Flagged by the recall guard, and other warnings', ['document with warnings', 'documents with warnings'], ['document', 'warning'], rows, more);
}

function failures(data: ReportData): string {
  const { failures: list, failuresNotListed } = data.summary;
  if (list.length === 0) return '';
  const rows = list.map((f) => `<tr><td class="source">${escapeHtml(f.source)}${f.line === undefined ? '' : `:${f.line}`}</td><td>${escapeHtml(f.error)}</td></tr>`);
  const more = failuresNotListed ? `${count(failuresNotListed)} more failures (named on stderr as they came).` : '';
  return tableSection('failures', 'Failures', ['failure', 'failures'], ['input', 'cause'], rows, more);
}

/** A section holding one foldable table, and a note on the rows left out. */
function tableSection(id: string, title: string, nouns: [string, string], headers: string[], rows: string[], more: string): string {
  return [
    `<section id="${id}"><h2>${title}</h2>`,
    foldable(rows.length, nouns[0], nouns[1]),
    `<table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>`,
    ...rows,
    '</tbody></table></details>',
    more ? `<p class="note">${more}</p>` : '',
    '</section>',
  ].join('\n');
}

function documents(data: ReportData, budget: number): string {
  const limit = textLimitPerDocument(data.documents.length, budget);
  const open = data.documents.length <= OPEN_UP_TO;
  // An option counts the documents it shows on this page, which may be a selection of the run's.
  const shownBy = { category: new Map<string, number>(), rule: new Map<string, number>() };
  for (const d of data.documents) {
    for (const r of d.digest.rules) shownBy.rule.set(r.id, (shownBy.rule.get(r.id) ?? 0) + 1);
    for (const c of new Set(d.digest.rules.map((r) => r.category))) shownBy.category.set(c, (shownBy.category.get(c) ?? 0) + 1);
  }
  const option = (kind: 'category' | 'rule', id: string) => `<option value="${kind}:${escapeHtml(id)}">${escapeHtml(id)} (${count(shownBy[kind].get(id) ?? 0)})</option>`;
  const options = [
    '<option value="">every rule and category</option>',
    `<optgroup label="category">${data.byCategory.map((c) => option('category', c.id)).join('')}</optgroup>`,
    `<optgroup label="rule">${data.byRule.map((r) => option('rule', r.id)).join('')}</optgroup>`,
  ];
  const selection = data.selection
    ? `<p class="selection">The run cleaned ${count(data.selection.cleaned)} documents; this page shows ${count(data.documents.length)} of them, in input order: the ${count(data.selection.mostCut)} most cut${data.selection.warned ? ` and the first ${count(data.selection.warned)} with warnings (${count(data.documents.length - data.selection.sampled)} documents in all)` : ''}, and a random sample of ${count(data.selection.sampled)} others (the same for the same run). The summary and the charts count every document; the filter counts those on this page.</p>`
    : '';
  return [
    '<section id="documents"><h2>Documents</h2>',
    selection,
    `<p class="note">Removed text is struck through in its category's colour and followed by its rule and reason. A document's text past ${count(limit)} characters is cut, with a note.</p>`,
    '<div class="toolbar">',
    `<label>Show documents cut by <select id="filter">${options.join('')}</select></label>`,
    '<label><input type="checkbox" id="only-warned"> only those with warnings</label>',
    '<button type="button" id="expand">open all</button><button type="button" id="collapse">close all</button>',
    '<span id="shown-count"></span>',
    '</div>',
    ...data.documents.map((d) => documentSection(d, limit, open)),
    data.documents.length === 0 ? '<p class="empty">No document was cleaned.</p>' : '',
    '</section>',
  ].join('\n');
}

function documentSection(doc: ReportedDocument, limit: number, open: boolean): string {
  const { digest } = doc;
  const marked = markedText(digest, limit);
  const rules = digest.rules.map((r) => r.id);
  const categories = [...new Set(digest.rules.map((r) => r.category))];
  const warnedAttr = digest.warnings.length > 0;
  const name = escapeHtml(doc.source) + (doc.line === undefined ? '' : `:${doc.line}`);
  const cut =
    marked.shown < digest.length
      ? `<p class="cut">Text cut here: ${count(marked.shown)} of ${count(digest.length)} characters shown${marked.marksCut ? `; ${count(marked.marksCut)} more removal${marked.marksCut === 1 ? '' : 's'} in the rest` : ''}.</p>`
      : '';
  return [
    `<section class="doc" id="d${doc.seq}" data-rules=" ${rules.map(escapeHtml).join(' ')} " data-categories=" ${categories.map(escapeHtml).join(' ')} " data-warned="${warnedAttr}">`,
    `<details${open ? ' open' : ''}><summary><span class="name">${name}</span>`,
    `<span class="meter" title="${percent(share(doc))} removed"><i style="width:${(share(doc) * 100).toFixed(1)}%"></i></span>`,
    `<span class="share">${percent(share(doc))} removed, ${count(doc.removedChars)} of ${count(doc.chars)} characters</span>`,
    digest.warnings.map((w) => `<span class="badge">${escapeHtml(w.code)}</span>`).join(''),
    '</summary><div class="body">',
    digest.title ? `<p class="doc-title">${escapeHtml(digest.title)}</p>` : '',
    digest.warnings.length ? `<ul class="warnings">${digest.warnings.map((w) => `<li>${escapeHtml(w.message)}</li>`).join('')}</ul>` : '',
    `<pre class="text">${marked.html}</pre>`,
    cut,
    '</div></details></section>',
  ].join('');
}

/** A long table starts folded, so that the documents stay near the top of the page. */
function foldable(rows: number, one: string, many: string): string {
  return `<details class="table"${rows <= OPEN_TABLE_ROWS ? ' open' : ''}><summary>${count(rows)} ${rows === 1 ? one : many}</summary>`;
}

function docLink(doc: ReportedDocument | WarnedDocument, shown: Set<number>): string {
  const name = escapeHtml(doc.source) + (doc.line === undefined ? '' : `:${doc.line}`);
  return shown.has(doc.seq) ? `<a href="#d${doc.seq}">${name}</a>` : name;
}

function ruleChip(id: string, category: string): string {
  return `<span class="chip" style="--c:${categoryColor(category)}">${escapeHtml(id)}</span>`;
}

const isGuarded = (w: WarnedDocument) => w.warnings.some((x) => x.code === 'recall-guard');
const share = (d: ReportedDocument) => (d.chars ? d.removedChars / d.chars : 0);
const count = (n: number) => n.toLocaleString('en-US');
const percent = (s: number) => `${(s * 100).toFixed(1)}%`;
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e3 ? `${(bytes / 1e3).toFixed(1)} KB` : `${bytes} B`);
