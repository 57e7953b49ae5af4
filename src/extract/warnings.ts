/**
 * What makes a result doubtful, said in words: an empty article, a recall guard that had
 * to step in, an article that kept almost nothing of a long page (or fewer words than a
 * paragraph's of any page), or one made mostly of
 * blocks the block model brought back with low odds. The command prints
 * these on stderr and lists them in --stats, and JSON carries them, so that a page that
 * lost its article is never passed over in silence.
 */
import type { Block, Document, Removal, RecallGuard, ResultWarning } from '../types.js';
import { wordsOf } from '../text/words.js';

/**
 * Why there was nothing to read. A page whose body shows no text is most often one whose
 * scripts write its content after loading (a forum or a shop built in the browser), saved
 * before they ran: the user needs to know that the page, not the cleaning, came empty.
 */
const BY_SCRIPTS = 'its content may be written by scripts, which were not run when it was saved';
const NO_TEXT: Record<Document['inputKind'], string> = {
  text: 'the input has no text',
  html: `the page shows no text (${BY_SCRIPTS})`,
};

/** An article under this many words, out of a page of at least LONG_PAGE_WORDS, is doubtful. */
const FEW_WORDS = 30;
const LONG_PAGE_WORDS = 300;
/** Fewer words than a paragraph's is no article on any page, however little it showed ("Advanced", a menu's last item). */
const TOO_FEW_WORDS = 8;

/**
 * `unsureWords`: words the block model brought back under its threshold, where it read the
 * page as little like an article (src/learn/block-model/page-cut.ts).
 */
export function resultWarnings(blocks: readonly Block[], paragraphs: readonly string[], removed: readonly Removal[], guard: RecallGuard | undefined, unsureWords = 0, inputKind: Document['inputKind'] = 'text'): ResultWarning[] {
  const warnings: ResultWarning[] = [];
  const inputWords = blocks.reduce((n, b) => n + b.features.words, 0);
  const keptWords = paragraphs.reduce((n, p) => n + wordsOf(p).length, 0);
  if (paragraphs.length === 0) {
    warnings.push({ code: 'no-article', message: inputWords === 0 ? `no article found: ${NO_TEXT[inputKind]}` : `no article found: ${blocks.length === 1 ? 'its only block was' : `all ${count(blocks.length)} blocks were`} removed${mostlyAs(removed)}` });
  } else if (keptWords < FEW_WORDS && (inputWords >= LONG_PAGE_WORDS || keptWords < TOO_FEW_WORDS)) {
    // Little kept of a page that showed little itself: in HTML, most likely a page its scripts write.
    const shown = inputKind === 'html' && inputWords < LONG_PAGE_WORDS ? `; the page shows little text (${BY_SCRIPTS})` : '';
    // Nothing removed and still too short: the input, not the cleaning, is what is small.
    const message = keptWords >= inputWords ? `little text: the input holds only ${count(inputWords)} word${inputWords === 1 ? '' : 's'}, fewer than an article's` : `little kept: ${count(keptWords)} of ${count(inputWords)} words${mostlyAs(removed)}${shown}`;
    warnings.push({ code: 'little-kept', message });
  }
  // Most of what was kept came back on the model's lower odds: a listing, a thread, a page of teasers, not plainly an article.
  if (paragraphs.length > 0 && unsureWords > keptWords / 2) {
    warnings.push({ code: 'unsure', message: `unsure: ${count(unsureWords)} of the ${count(keptWords)} words kept came back with low odds of being the article's, on a page that reads little like one` });
  }
  if (guard) {
    const share = `the rules would have removed ${Math.round(guard.removedShare * 100)}% of the prose`;
    const kept = guard.restoredBlocks;
    warnings.push({ code: 'recall-guard', message: kept > 0 ? `recall guard kept ${kept} block${kept === 1 ? '' : 's'}: ${share}` : `recall guard: ${share}, and found no run of prose to keep` });
  }
  return warnings;
}

/** ", most as navigation (72%)": the category that took the most text. */
function mostlyAs(removed: readonly Removal[]): string {
  const byCategory = new Map<string, number>();
  let total = 0;
  for (const r of removed) {
    byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + r.end - r.start);
    total += r.end - r.start;
  }
  const [top] = [...byCategory].sort((a, b) => b[1] - a[1]);
  return top && total > 0 ? `, most as ${top[0]} (${Math.round((top[1] / total) * 100)}%)` : '';
}

const count = (n: number) => n.toLocaleString('en-US');
