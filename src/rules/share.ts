/**
 * share: share bars, social buttons and "follow us" links.
 *
 * Explicit widget lines ("Share this:", "Share on Facebook", "Tweet", "Copy link", "Teilen",
 * "Partager", "Compartir", "Follow us on Twitter", "858 shares") go wherever they stand.
 * Bare network names ("Facebook", "Twitter", "Email", "Print") go only as a bar: a block or
 * a run of blocks made of such names with at least two networks, or a share line beside
 * them, or a widget removed next to them. Keeps: prose about Facebook, sharing and shares,
 * and lists that merely include a network among other names.
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { isLabel, isProseBlock } from './support/lines.js';
import { memoizeByBlock, memoizeByText } from '../text/memo.js';
import { unionOf } from '../text/pattern-union.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';
import { phraseBook, type PhraseBook } from './phrases/phrase-book.js';
import { F_NETWORK_LIST, F_STRONG_NETWORKS } from './phrases/fragments.js';

const NETWORK_LINE = textTest(new RegExp(`^${F_NETWORK_LIST}$`, 'iu'));
const STRONG_ONE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${F_STRONG_NETWORKS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

type Item = 'share' | 'network' | 'other';

interface LineInfo {
  item: Item;
  strong: number;
  weak: boolean;
}

interface BarEvidence {
  /** Every line is a share line, a network name, or a short label among enough network names. */
  barShaped: boolean;
  shareLines: number;
  strong: number;
  weak: number;
}

/** Categories of link widgets that share bars sit beside. */
const WIDGET_NEIGHBOURS = new Set(['share', 'related', 'navigation']);

const META: Rule['meta'] = {
  id: 'share',
  category: 'share',
  description: 'Share bars, social-network buttons, share counts and "follow us" links.',
  docs: builtInDocsUrl('share'),
  defaultOn: true,
  endsArticle: true,
  listsLinks: true,
  pass: 'widget',
};

/** The rule with its share lines from `book`: site and CMS packs add to them (see pack-rules.ts). */
export function buildShare(book: PhraseBook): Rule {
  const linePatterns = book.list('share', 'lines');
  /** The share lines asked as one question: most lines match none. */
  const anyShareLine = unionOf(linePatterns);

  function lineInfoUncached(text: string): LineInfo {
    if (anyShareLine.test(text)) return { item: 'share', strong: 0, weak: false };
    if (NETWORK_LINE.test(text)) {
      const strong = (text.match(STRONG_ONE) ?? []).length;
      return { item: 'network', strong, weak: strong === 0 };
    }
    return { item: 'other', strong: 0, weak: false };
  }
  const lineInfo = memoizeByText(lineInfoUncached);

  function barEvidenceUncached(block: Block): BarEvidence {
    let shareLines = 0;
    let strong = 0;
    let weak = 0;
    let others = 0;
    for (const line of block.lines) {
      const info = lineInfo(line.text);
      if (info.item === 'share') shareLines++;
      else if (info.item === 'network') {
        strong += info.strong;
        if (info.weak) weak++;
      } else if (/^[\d.,]+\s*[km]?$/iu.test(line.text) || isLabel(line.text, 4)) others++;
      else return { barShaped: false, shareLines, strong, weak };
    }
    const items = block.lines.length - others;
    // A few other labels among the buttons ("Talk", "Subscribe to Newsletter", "Contact Us") when the networks dominate.
    const barShaped = items > 0 && (others === 0 || (others * 4 <= block.lines.length && strong + shareLines >= 2) || (strong >= 3 && others <= strong));
    return { barShaped, shareLines, strong, weak };
  }
  const barEvidence = memoizeByBlock(barEvidenceUncached);

  function classifyBar(block: Block, context: RuleContext): Finding | null {
    const own = barEvidence(block);
    if (!own.barShaped) return null;
    if (own.shareLines > 0 && own.strong + own.weak > 0) return { reason: 'share line with network buttons' };
    if (own.strong >= 2 || (own.strong >= 1 && own.weak >= 1)) return { reason: 'block of share-network buttons' };

    // One or two names alone: look along the run of bar-shaped blocks around it.
    let strong = own.strong;
    let weak = own.weak;
    let shareLines = own.shareLines;
    for (const dir of [-1, 1]) {
      for (let off = dir; Math.abs(off) <= 8; off += dir) {
        const category = context.removedCategory(off);
        if (category === 'share') {
          shareLines++;
          break;
        }
        const b = context.neighbour(off);
        if (!b) break;
        const ev = barEvidence(b);
        if (!ev.barShaped) break;
        strong += ev.strong;
        weak += ev.weak;
        shareLines += ev.shareLines;
      }
    }
    // A single network name before prose may be the article's subheading, even after a share line.
    const headsProse = block.lines.length === 1 && isProseBlock(context.neighbour(1)) && !context.removedCategory(1);
    if (strong >= 2 || (strong >= 1 && weak >= 1)) return { reason: 'network button in a run of share buttons' };
    if (shareLines > 0 && !(headsProse && own.strong === 1)) return { reason: 'network button in a run of share buttons' };

    // A lone network name against another removed link widget, unless it heads the prose after it.
    if (own.strong >= 1 && block.lines.length === 1 && !headsProse) {
      const before = context.removedCategory(-1);
      const after = context.removedCategory(1);
      if ((before && WIDGET_NEIGHBOURS.has(before)) || (after && WIDGET_NEIGHBOURS.has(after))) {
        return { reason: 'network button beside a removed widget' };
      }
    }
    return null;
  }

  return {
    meta: META,
    classWords: ['share', 'sharing', 'sharebar', 'sharetools', 'sharethis', 'sharedaddy', 'socialshare', 'addtoany', 'addthis', 'shariff'],
    selectors: ['.a2a_kit', '.addthis_toolbox', '[class*="share-buttons"]', '[class*="social-share"]'],
    linePatterns,
    classify(block, context) {
      return classifyBar(block, context);
    },
  };
}

export const share: Rule = buildShare(phraseBook());
