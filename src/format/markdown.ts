/**
 * Markdown output: the kept article as the format language-model corpora use. A Markdown
 * dump keeps its own syntax (the kept lines as they stand in the input); from HTML and
 * other dumps, headings, list items, quotes, code and table rows come out as Markdown
 * from what the parser knows of each block.
 */
import type { Analysis } from '../clean.js';
import type { Block, Line } from '../types.js';
import { writtenLine } from '../text/written-line.js';

export interface MarkdownFormatOptions {
  /** Leave the title heading out. */
  title?: boolean;
}

export function formatMarkdown(analysis: Analysis, options: MarkdownFormatOptions = {}): string {
  const { document, verdicts, titleBlock, result } = analysis;
  const parts: string[] = [];
  if (options.title !== false && result.title) parts.push(`# ${escapeLine(result.title)}`);
  let table: { row: object | undefined; rows: string[][] } | undefined;
  const endTable = () => {
    if (table) parts.push(tableMarkdown(table.rows));
    table = undefined;
  };
  for (const block of document.blocks) {
    const v = verdicts[block.index]!;
    if (v.block || block.index === titleBlock) continue;
    const lines = block.lines.filter((_, i) => !v.lines.has(i));
    if (lines.length === 0) continue;
    if (document.format === 'markdown') {
      // A code block's fences are not lines of it: they are written again around it.
      if (lines.every((l) => l.syntax?.kind === 'code')) parts.push(fenced(lines.map(writtenLine).join('\n')));
      else parts.push(lines.length === block.lines.length ? document.source.slice(block.start, block.end) : lines.map((l) => document.source.slice(l.start, l.end)).join('\n'));
      continue;
    }
    const shape = htmlShape(document.ancestors?.[block.index]);
    if (shape.kind === 'cell') {
      // Cells of one table row come out as one Markdown row, rows of one table as one table.
      if (!table) table = { row: shape.row, rows: [] };
      if (table.row !== shape.row || table.rows.length === 0) table.rows.push([]);
      table.row = shape.row;
      table.rows.at(-1)!.push(lines.map((l) => l.text).join(' ').replace(/\|/g, '\\|'));
      continue;
    }
    endTable();
    parts.push(blockMarkdown(block, lines, shape));
  }
  endTable();
  return parts.length ? parts.join('\n\n') + '\n' : '';
}

type Shape = { kind: 'plain' } | { kind: 'code' } | { kind: 'quote' } | { kind: 'cell'; row: object | undefined } | { kind: 'ordered' };

/** What an HTML block's nearest telling ancestor makes it (its ancestors are innermost first). */
function htmlShape(ancestors: readonly object[] | undefined): Shape {
  const names = (ancestors ?? []).map((a) => (a as { name?: string }).name);
  for (let i = 0; i < names.length; i++) {
    switch (names[i]) {
      case 'pre':
        return { kind: 'code' };
      case 'blockquote':
        return { kind: 'quote' };
      case 'td':
      case 'th':
        return { kind: 'cell', row: names[i + 1] === 'tr' ? ancestors![i + 1] : undefined };
      case 'li':
        return names[i + 1] === 'ol' ? { kind: 'ordered' } : { kind: 'plain' };
    }
  }
  return { kind: 'plain' };
}

function blockMarkdown(block: Block, lines: readonly Line[], shape: Shape): string {
  if (shape.kind === 'code') return fenced(lines.map(writtenLine).join('\n'));
  const text = lines.map((l) => lineMarkdown(block, l, shape)).join('\n');
  return shape.kind === 'quote' ? text.replace(/^/gm, '> ') : text;
}

function lineMarkdown(block: Block, line: Line, shape: Shape): string {
  const syntax = line.syntax;
  if (syntax?.kind === 'heading' || (block.kind === 'heading' && block.lines.length === 1)) {
    const level = syntax?.kind === 'heading' ? syntax.level : block.headingLevel ?? 2;
    return `${'#'.repeat(Math.min(6, Math.max(2, level)))} ${escapeInline(line.text)}`;
  }
  if (syntax?.kind === 'item' || block.kind === 'list-item') {
    const ordered = syntax?.kind === 'item' ? syntax.ordered : shape.kind === 'ordered';
    return `${ordered ? '1.' : '-'} ${escapeInline(line.text)}`;
  }
  if (syntax?.kind === 'quote') return `> ${escapeInline(line.text)}`;
  if (syntax?.kind === 'code') return `    ${line.text}`;
  return escapeLine(line.text);
}

function tableMarkdown(rows: string[][]): string {
  const columns = Math.max(...rows.map((r) => r.length));
  const pad = (r: string[]) => `| ${[...r, ...Array(columns - r.length).fill('')].join(' | ')} |`;
  return [pad(rows[0]!), `|${' --- |'.repeat(columns)}`, ...rows.slice(1).map(pad)].join('\n');
}

/** A line of text that would read as Markdown syntax (a heading, a list item, a quote) is escaped. */
function escapeLine(text: string): string {
  return escapeInline(text).replace(/^(#{1,6} |[*+-] |>|\d{1,9}([.)]) )/, (m, _all, dot?: string) => (dot ? m.replace(dot, `\\${dot}`) : `\\${m}`));
}

/** Characters that would start emphasis, code or a link. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]])/g, '\\$1');
}

/** Code in a fence of backticks longer than any run of them in the code, so that the code cannot close it. */
function fenced(code: string): string {
  let longest = 0;
  for (const m of code.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${code}\n${fence}`;
}
