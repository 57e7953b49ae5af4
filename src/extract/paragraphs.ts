/**
 * Joins what survived into paragraphs, and rejoins a paragraph the page broke
 * mid-sentence (by a widget in between, or a stray blank line) with its continuation.
 */
import type { Block } from '../types.js';
import type { BlockVerdict } from '../classify/verdicts.js';
import { endsWithSentence, normaliseSpaces, wordsOf } from '../text/words.js';
import { writtenLine } from '../text/written-line.js';

/** A fragment shorter than this is a heading or label, not a broken sentence. */
const MIN_BROKEN_WORDS = 12;

export function assembleParagraphs(blocks: readonly Block[], verdicts: readonly BlockVerdict[], skip: ReadonlySet<number>): string[] {
  const paragraphs: string[] = [];
  let previousOpen = false;
  /** Words of the last paragraph: a joined one's add up (a space parts them). */
  let lastWords = 0;
  for (const block of blocks) {
    const v = verdicts[block.index]!;
    if (v.block || skip.has(block.index)) continue;
    // Only a line of code starts with white space (its indentation), which stays.
    const text = joinDropCap(normaliseSpaces(block.lines.filter((_, i) => !v.lines.has(i)).map(writtenLine).join('\n')).trimEnd());
    if (!text) continue;
    // A heading or a list item is never a sentence's broken half, on either side: an item
    // without a full stop would otherwise take in the heading and paragraph after it.
    const standsAlone = block.kind === 'heading' || block.kind === 'list-item';
    if (previousOpen && !standsAlone && startsLikeContinuation(text)) {
      paragraphs[paragraphs.length - 1] += ' ' + text;
      lastWords += wordsOf(text).length;
    } else {
      paragraphs.push(text);
      lastWords = wordsOf(text).length;
    }
    // The paragraph ends as its last block does, and has a line break only if that block
    // does (a continuation has none). Asked of the whole paragraph, a long run of joined
    // blocks cost time, and memory for each length of it, in the square of its length.
    previousOpen = !standsAlone && !endsWithSentence(text) && !/[:;]$/.test(text) && lastWords >= MIN_BROKEN_WORDS && !text.includes('\n');
  }
  return paragraphs;
}

/** The continuation of a broken sentence is running text, not a heading. */
function startsLikeContinuation(text: string): boolean {
  return !text.includes('\n') && wordsOf(text).length >= 4 && /^[\p{L}\p{N}"“'‘(]/u.test(text);
}

/**
 * A drop cap the page set apart from its word ("T he council met", "M uch of it"). Only
 * letters that are never words alone are joined: "A man" and "I think" stay as they are.
 */
const DROP_CAP = /^([B-HJ-NP-Z]) (\p{Ll}{2,})/u;

function joinDropCap(text: string): string {
  return text.replace(DROP_CAP, '$1$2');
}
