/**
 * ads: advertisement labels and slots, "story continues below" markers, sponsored and
 * promoted-content labels, and the lists of paid links under a "Sponsored links" header.
 *
 * Labels go only as whole lines ("Advertisement", "ADVERTISEMENT", "- Anzeige -",
 * "Publicité", "Publicidad", "Sponsored Content", "Story continues below advertisement").
 * Keeps: prose that talks about advertising, advertisements, sponsors or promotions.
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { isHeadlineListBlock, isHeadlineLine, isProseBlock, wordCount } from './support/lines.js';
import { memoizeByBlock } from '../text/memo.js';
import { builtInDocsUrl } from './docs-url.js';
import { phrases } from './phrases/phrase-book.js';
import { anyOf } from './support/any-of.js';
import { textTest } from '../text/case-fold.js';

const LINE_PATTERNS = phrases('ads', 'lines');

/** Headers of a list of paid links (Taboola, Outbrain and the like). */
const PAID_LIST_HEADER = textTest(anyOf(phrases('ads', 'paidListHeaders')));

function endsWithPaidHeaderUncached(block: Block): boolean {
  const lines = block.lines;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (PAID_LIST_HEADER.test(lines[i]!.text)) return true;
    if (!isHeadlineLine(lines[i]!.text)) return false;
  }
  return false;
}
const endsWithPaidHeader = memoizeByBlock(endsWithPaidHeaderUncached);

/** A block of teaser headlines under a "Sponsored links" header (through other removed blocks). */
function paidList(block: Block, context: RuleContext): Finding | null {
  if (!isHeadlineListBlock(block)) return null;
  if (block.lines.length === 1 && wordCount(block.text) < 7 && isProseBlock(context.neighbour(1)) && !context.removedCategory(1)) return null;
  for (let off = -1; off >= -12; off--) {
    const b = context.neighbour(off);
    if (!b) return null;
    if (endsWithPaidHeader(b)) return { reason: 'headline list under a sponsored-links header' };
    const removed = context.removedCategory(off);
    if (removed && removed !== 'ads') return null;
    if (!removed && !isHeadlineListBlock(b)) return null;
  }
  return null;
}

/** Paid-links headers in the block and the headlines right under them. */
function headerFindingsUncached(block: Block): Finding[] {
  const lines = block.lines;
  const findings: Finding[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!PAID_LIST_HEADER.test(lines[i]!.text)) continue;
    findings.push({ line: i, reason: 'sponsored-links header' });
    for (let j = i + 1; j < lines.length && isHeadlineLine(lines[j]!.text); j++) findings.push({ line: j, reason: 'headline under a sponsored-links header' });
  }
  return findings;
}
const headerFindings = memoizeByBlock(headerFindingsUncached);

export const ads: Rule = {
  meta: {
    id: 'ads',
    category: 'ads',
    description: 'Advertisement labels and slots, sponsored and promoted content, "story continues below" markers.',
    docs: builtInDocsUrl('ads'),
    defaultOn: true,
    endsArticle: false,
    listsLinks: false,
    pass: 'widget',
  },
  classWords: ['advertisement', 'advertisements', 'adslot', 'adunit', 'adsbygoogle', 'advert', 'adverts', 'dfp', 'taboola', 'outbrain', 'sponsored'],
  selectors: ['ins.adsbygoogle', '[id^="div-gpt-ad"]', '[data-ad-slot]', '[data-ad-unit]'],
  linePatterns: LINE_PATTERNS,
  classify(block, context) {
    // Lines after a paid-links header inside the same block.
    const findings = headerFindings(block);
    if (findings.length > 0) return findings.slice();
    return paidList(block, context);
  },
};
