/**
 * Markdown as the scrapers that feed language-model corpora write it (html2text,
 * Firecrawl, Jina Reader, crawl4ai, trafilatura): what a line is (a heading, a list item, a
 * quote, a code fence, a table row) and its text without the syntax, so that link targets,
 * image syntax and emphasis marks never count as words of prose.
 */

export type LineSyntax =
  /** `level` 0: a heading whose level the layout does not show (lynx). */
  | { kind: 'heading'; level: number }
  | { kind: 'item'; ordered: boolean }
  | { kind: 'quote' }
  | { kind: 'code' }
  | { kind: 'table-row' };

/** What a line starts with, and where its text begins. */
export interface LineMark {
  syntax?: LineSyntax;
  /** Characters of the line's (trimmed) text that are syntax. */
  skip: number;
}

const HEADING = /^(#{1,6})[ \t]+/;
const ITEM = /^([*+-]|\d{1,9}[.)])[ \t]+/;
const QUOTE = /^(?:>[ \t]?)+/;
export const FENCE = /^(`{3,}|~{3,})/;
const TABLE_RULE = /^\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?$/;
const SETEXT = /^(=+|-+)$/;

/** The block-level syntax a Markdown line opens with. */
export function markdownMark(text: string): LineMark {
  let m = HEADING.exec(text);
  if (m) return { syntax: { kind: 'heading', level: m[1]!.length }, skip: m[0].length };
  m = ITEM.exec(text);
  if (m && !isThematicBreak(text)) return { syntax: { kind: 'item', ordered: /\d/.test(m[1]!) }, skip: m[0].length };
  m = QUOTE.exec(text);
  if (m) return { syntax: { kind: 'quote' }, skip: m[0].length };
  if (text.startsWith('|') || (text.includes(' | ') && text.endsWith('|'))) return { syntax: { kind: 'table-row' }, skip: 0 };
  return { skip: 0 };
}

/** A line that is only syntax: a thematic break, a table's rule, a setext underline. */
export function isSyntaxOnly(text: string): boolean {
  return isThematicBreak(text) || TABLE_RULE.test(text) || SETEXT.test(text);
}

function isThematicBreak(text: string): boolean {
  return /^([*_-])([ \t]*\1){2,}[ \t]*$/.test(text);
}

/** Markdown's inline syntax, most specific first. */
// Link texts may hold one level of brackets ("[[Podcast] DNS is the new BGP](...)"), targets one of parentheses.
const IMAGE = /!\[((?:[^[\]\n]|\[[^\]\n]*\])*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g;
const LINK = /\[((?:[^[\]\n]|\[[^\]\n]*\])*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g;
const REFERENCE_LINK = /\[([^\]\n]+)\]\[[^\]\n]*\]/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
const EMPHASIS = /(\*{1,3}|_{1,3})(?=\S)([\s\S]*?\S)\1(?![\w*])/g;
const CODE_SPAN = /(`+)([^`]+?)\1/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~<])/g;
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

/**
 * A Markdown text with its inline syntax taken out: images go whole (their alt text is
 * not prose the page shows), links keep their text, emphasis and code marks go, escapes
 * are undone. Table cells are joined by " | ".
 */
export function stripInline(text: string): string {
  return text
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(CODE_SPAN, '$2')
    .replace(EMPHASIS, '$2')
    .replace(HTML_TAG, '')
    .replace(ESCAPE, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([,.;:!?])(?=\s|$)/g, '$1')
    .trim();
}

/** Reference definitions ("[1]: https://...") and html2text's empty icon marks ("__") carry no text. */
export function isDefinitionOrEmpty(text: string): boolean {
  return /^\[[^\]]+\]:\s*\S+/.test(text) || stripInline(text).replace(/[_*|\s]/g, '') === '';
}

/** Evidence that a dump is Markdown: links and images in its syntax, headings, fences. */
export function markdownScore(lines: readonly string[]): number {
  let score = 0;
  for (const line of lines) {
    if (HEADING.test(line)) score += 2;
    if (FENCE.test(line)) score += 2;
    if (line.includes('](')) score += 2;
    if (/^\[[^\]]+\]:\s*\S/.test(line)) score += 2;
    if (/\*\*\S/.test(line)) score += 1;
  }
  return score;
}
