/**
 * Training labels: how much of each block the gold article holds. A block's words are
 * read as the scorer reads them (runs of letters, digits and marks, lower-cased) and
 * cut into runs of four; its share is the part of its runs that stand in the gold. Word
 * runs, not single words, because boilerplate is made of the article's words too ("the",
 * "read", "share"); runs of four are rare outside the text they come from. A block of one
 * to three words counts as in the gold when the gold says its words in that order.
 */

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;
const RUN = 4;

/** The scorer's words: lower-cased runs of letters, digits, marks and underscores. */
export function scorerWords(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

export class GoldText {
  private readonly runs = new Set<string>();
  /** Every sequence of one to three words of the gold, for short blocks. */
  private readonly short = new Set<string>();
  readonly words: number;

  constructor(gold: string) {
    const words = scorerWords(gold);
    this.words = words.length;
    for (let i = 0; i < words.length; i++) {
      for (let k = 1; k < RUN && i + k <= words.length; k++) this.short.add(words.slice(i, i + k).join(' '));
      if (i + RUN <= words.length) this.runs.add(words.slice(i, i + RUN).join(' '));
    }
  }

  /** Share (0..1) of the text's word runs that stand in the gold; NaN for a text without words. */
  share(text: string): number {
    const words = scorerWords(text);
    if (words.length === 0) return NaN;
    if (words.length < RUN) return this.short.has(words.join(' ')) ? 1 : 0;
    let found = 0;
    for (let i = 0; i + RUN <= words.length; i++) if (this.runs.has(words.slice(i, i + RUN).join(' '))) found++;
    return found / (words.length - RUN + 1);
  }
}
