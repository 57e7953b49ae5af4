/**
 * Finds the article's title in a text dump: a headline-shaped block before the article
 * body. Headlines are one line of 4–16 words; one the page repeats (as its <title> with
 * the site's name after it, in a breadcrumb or a teaser) scores higher, and so does one
 * near the body. Captions, credits, bylines and datelines are not headlines.
 */
import type { Block } from '../types.js';
import type { BlockVerdict } from '../classify/verdicts.js';
import { unionFor } from '../text/pattern-union.js';
import { titleKey } from './title-key.js';

/** Lines shaped like bylines, datelines, captions, credits, addresses or figures. */
export const NOT_A_HEADLINE = [
  /^(by|von|par|por|posted|published|updated)\b/i,
  /\b(min read|ago)\b|\d{1,2}:\d{2}/i,
  /^(photo|image|picture|credit|foto|bild)s?\b/i,
  /\/[^/]+[)\]]$|\bcredit\b|getty images|\b(AP|AFP|Reuters)[)\]]?$/i,
  /^\W*$/,
  // An address, or a line of figures (a score, a table row), is no headline.
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^[^\p{L}]*(?:\p{L}+[^\p{L}]+){0,3}\d+(?:[^\p{L}\d]+\d+){3,}[^\p{L}]*$/u,
];

/** Headlines stand near the body: only this many blocks before it are considered. */
const MAX_DISTANCE = 40;
/** A page's own title line, repeated by the headline, stands near the top. */
const TOP_LINES = 400;
/** Longest line that can repeat a headline. */
const MAX_REPEAT_CHARS = 300;

export function findTitle(blocks: readonly Block[], verdicts: readonly BlockVerdict[], bodyStart: number): number | undefined {
  const end = bodyStart === -1 ? blocks.length : bodyStart;
  let lines: string[] | undefined;
  let best: { index: number; score: number } | undefined;
  for (let i = Math.max(0, end - MAX_DISTANCE); i < end; i++) {
    const block = blocks[i]!;
    if (verdicts[i]!.block || block.lines.length > 1) continue;
    const { words } = block.features;
    if (words < 2 || words > 30 || unionFor(NOT_A_HEADLINE).test(block.text)) continue;
    if (/[.:,;]$/.test(block.text)) continue;
    let score = words >= 4 && words <= 16 ? 6 : words < 4 ? 1 : 3;
    lines ??= topLines(blocks, end);
    if (isRepeated(block.text, lines)) score += 3;
    score -= Math.min(4, (end - i) * 0.3);
    if (!best || score > best.score) best = { index: i, score };
  }
  return best?.index;
}

/** Keys of the lines at the top of the page and of those just before the body. */
function topLines(blocks: readonly Block[], end: number): string[] {
  const near = blocks.slice(0, TOP_LINES).concat(blocks.slice(Math.max(TOP_LINES, end - MAX_DISTANCE), end + MAX_DISTANCE));
  // A repeat of a headline is a short line (the headline, maybe with the site's name): paragraphs need no key.
  return near.flatMap((b) => b.lines.filter((l) => l.text.length <= MAX_REPEAT_CHARS).map((l) => titleKey(l.text))).filter(Boolean);
}

/** The text stands again elsewhere, alone or at the start of a longer line (a page title with the site's name). */
function isRepeated(text: string, lines: readonly string[]): boolean {
  const k = titleKey(text);
  let seen = 0;
  for (const line of lines) if (line === k || line.startsWith(k + ' ')) seen++;
  return seen > 1;
}

/**
 * The block that carries a title the markup gave (og:title, JSON-LD headline, <h1>),
 * before `end`: a heading that says it exactly first, then an <h1> that shares most of its
 * words, then any block that says it, then one that nearly contains it.
 */
export function findBlockMatching(blocks: readonly Block[], verdicts: readonly BlockVerdict[], title: string, end = blocks.length): number | undefined {
  const want = titleKey(title);
  if (!want) return undefined;
  const wantWords = new Set(want.split(' '));
  const limit = end === -1 ? blocks.length : end;
  let h1: number | undefined;
  let exact: number | undefined;
  let partial: number | undefined;
  for (let i = 0; i < limit; i++) {
    const block = blocks[i]!;
    if (verdicts[i]!.block || block.lines.length > 2) continue;
    const have = titleKey(block.text);
    if (have === want) {
      if (block.kind === 'heading') return i;
      exact ??= i;
    } else if (h1 === undefined && block.headingLevel === 1 && sharedShare(have, wantWords) >= 0.5) {
      h1 = i;
    } else if (partial === undefined && Math.min(have.length, want.length) >= 0.6 * Math.max(have.length, want.length) && (want.includes(have) || have.includes(want))) {
      partial = i;
    }
  }
  return h1 ?? exact ?? partial;
}

export interface RepeatedTitle {
  /** The block that says the first line again. */
  index: number;
  /**
   * Whether it says exactly the first line. Then the first line may be the headline itself
   * and the repeat a share box's or a footer's; a first line with more to it ("Headline -
   * Site") is the page's <title>, and the repeat is the headline.
   */
  same: boolean;
}

/**
 * Text dumps often open with the page's <title> ("Headline - Site", "Opinion | Headline").
 * The first later block that says most of that line is the headline: the article starts
 * after it. Undefined when the first line recurs nowhere.
 */
export function findRepeatedPageTitle(blocks: readonly Block[], verdicts: readonly BlockVerdict[]): RepeatedTitle | undefined {
  const first = blocks[0];
  if (!first || first.lines.length > 1 || first.features.words > 40 || !looksLikeTitle(first.text)) return undefined;
  const page = titleKey(first.text);
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (verdicts[i]!.block || block.lines.length > 2) continue;
    const have = titleKey(block.text);
    if (have.split(' ').length < 3) continue;
    if (have === page) return { index: i, same: true };
    if (page.includes(have) && have.length >= 0.5 * page.length) return { index: i, same: false };
  }
  return undefined;
}

/** A page title is one phrase: no full stop at its end and no sentence break inside. */
export function looksLikeTitle(text: string): boolean {
  return !/[.。]["'”’»)]*$/u.test(text) && !/[.!?]\s+\p{Lu}/u.test(text);
}

function sharedShare(text: string, words: ReadonlySet<string>): number {
  const own = text.split(' ');
  return own.filter((w) => words.has(w)).length / Math.max(own.length, words.size);
}
