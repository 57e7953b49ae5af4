/**
 * The report's charts, as inline SVG: one row per category or rule, a bar for the share
 * of the run's text it removed and one for the share of the documents it removed
 * something from. A row is a filter too: clicking it shows only the documents it cut
 * (page-script.ts).
 */
import { categoryColor } from './category-colors.js';
import { escapeHtml } from './html-escape.js';
import type { RemovedTotal } from './report-data.js';

const WIDTH = 760;
const LABEL = 170; // the names' column, right-aligned against the bars
const SHARE_X = LABEL + 10;
const SHARE_WIDTH = 330;
const DOCS_X = SHARE_X + SHARE_WIDTH + 70;
const DOCS_WIDTH = 140;
const ROW = 24;
const BAR = 14;
const HEAD = 22;
/** Ends of the share axis: the smallest that holds the largest share, so that small shares still show. */
const SCALES = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1];

export interface ChartOptions {
  /** "category" or "rule": what a row names, and the filter a click sets. */
  kind: 'category' | 'rule';
  title: string;
  /** Characters of text in the run's cleaned documents, and how many there were. */
  chars: number;
  documents: number;
}

export function removalChart(rows: readonly RemovedTotal[], options: ChartOptions): string {
  if (rows.length === 0 || options.chars === 0) return '<p class="empty">Nothing was removed.</p>';
  const id = `chart-${options.kind}`;
  const height = HEAD + rows.length * ROW + 4;
  const largest = Math.max(...rows.map((r) => r.chars)) / options.chars;
  const scale = SCALES.find((s) => largest <= s) ?? 1;
  const body = rows.map((row, i) => {
    const y = HEAD + i * ROW;
    const color = categoryColor(row.category ?? row.id);
    const share = row.chars / options.chars;
    const shareWidth = Math.max(1, Math.round((share / scale) * SHARE_WIDTH));
    const docsWidth = Math.max(1, Math.round((row.documents / Math.max(1, options.documents)) * DOCS_WIDTH));
    const name = escapeHtml(row.id);
    const tip = `${name}${row.category ? ` (${escapeHtml(row.category)})` : ''}: ${percent(share)} of the text, ${count(row.chars)} characters, in ${count(row.documents)} of ${count(options.documents)} documents`;
    return [
      `<g class="row" data-filter="${options.kind}:${name}" tabindex="0"><title>${tip}</title>`,
      `<text class="name" x="${LABEL}" y="${y + BAR - 2}" text-anchor="end">${name}</text>`,
      `<rect class="bar share" data-share="${share.toFixed(6)}" x="${SHARE_X}" y="${y}" width="${shareWidth}" height="${BAR}" rx="2" fill="${color}"/>`,
      `<text class="value" x="${SHARE_X + shareWidth + 6}" y="${y + BAR - 2}">${percent(share)}</text>`,
      `<rect class="bar docs" data-documents="${row.documents}" x="${DOCS_X}" y="${y}" width="${docsWidth}" height="${BAR}" rx="2" fill="${color}" fill-opacity="0.55"/>`,
      `<text class="value" x="${DOCS_X + docsWidth + 6}" y="${y + BAR - 2}">${count(row.documents)}</text>`,
      '</g>',
    ].join('');
  });
  const bottom = height - 2;
  return [
    `<svg class="chart" id="${id}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title">`,
    `<title id="${id}-title">${escapeHtml(options.title)}</title>`,
    `<text class="head" x="${SHARE_X}" y="14">share of the text (axis to ${percent(scale, 0)})</text>`,
    `<text class="head" x="${DOCS_X}" y="14">documents (of ${count(options.documents)})</text>`,
    // The axes' ends, so that a bar's length reads against something.
    `<line class="axis" x1="${SHARE_X + SHARE_WIDTH}" y1="${HEAD - 3}" x2="${SHARE_X + SHARE_WIDTH}" y2="${bottom}"/>`,
    `<line class="axis" x1="${DOCS_X + DOCS_WIDTH}" y1="${HEAD - 3}" x2="${DOCS_X + DOCS_WIDTH}" y2="${bottom}"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

const percent = (share: number, digits?: number) => `${(share * 100).toFixed(digits ?? (share > 0 && share < 0.001 ? 2 : 1))}%`;
const count = (n: number) => n.toLocaleString('en-US');
