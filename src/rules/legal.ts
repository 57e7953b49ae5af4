/**
 * legal: copyright lines, wire-service reproduction notices, terms-acceptance small print,
 * and the footer links to privacy policies, terms, imprints and contact pages.
 *
 * Link names that are unmistakable ("Privacy Policy", "Terms of Use", "Impressum",
 * "Mentions légales", "Aviso legal") go as whole lines; single words that could head an
 * article's section ("Privacy", "Accessibility", "Datenschutz", "Contact") go only in a
 * footer block of such links or beside one. Keeps: news prose about privacy policies,
 * copyright law and terms of service (whole sentences never match the anchored patterns).
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { memoizeByBlock, memoizeByText } from '../text/memo.js';
import { unionOf } from '../text/pattern-union.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';
import { phrases, words } from './phrases/phrase-book.js';

/** Link names that are footer links wherever they stand alone on a line. */
const STRONG_LINKS = words('legal', 'strongLinks');
/** Single words that are links in a footer but could head a section of an article. */
const WEAK_LINKS = words('legal', 'weakLinks');
/** Other words of footers: they neither make a footer nor break one. */
const FOOTER_WORDS = words('legal', 'footerWords');

const anchored = (alternatives: readonly string[]) => new RegExp(`^(?:${alternatives.join('|')})[.:]?$`, 'iu');
// Kept as patterns (two are line patterns too) and asked through textTest, which asks the lower-cased line.
const STRONG_LINK = anchored(STRONG_LINKS);
const WEAK_LINK = anchored(WEAK_LINKS);
const FOOTER_WORD = anchored(FOOTER_WORDS);
/** Links run together on one line: "Terms of Service Privacy Notice". */
const LINK_RUN = new RegExp(`^(?:${STRONG_LINKS.join('|')})(?:\\s+(?:${[...STRONG_LINKS, ...WEAK_LINKS].join('|')}))+$`, 'iu');

/** Copyright lines, wire-service notices and terms-acceptance small print. */
const NOTICES = phrases('legal', 'notices');

/** The notices asked as one question: most lines match none. */
const ANY_NOTICE = unionOf(NOTICES);

/** A character that the separators of a link list (below) all contain. */
const LINK_LIST_SEPARATOR_CHAR = /[|·•–—-]/;

/** Footer link lines strung together with separators: "Terms of Use | Privacy | Sitemap". */
function isLinkList(text: string): boolean {
  // Without a separator the split leaves at most one part, never a list.
  if (!LINK_LIST_SEPARATOR_CHAR.test(text)) return false;
  // Split at the marks, then trim: spaces around the marks in the pattern itself would backtrack on long runs of spaces.
  const parts = text.split(/[|·•]|\s[–—-]\s/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.some((p) => p.split(/\s+/).length > 6)) return false;
  const legal = parts.filter((p) => textTest(STRONG_LINK).test(p) || textTest(WEAK_LINK).test(p)).length;
  const footer = parts.filter((p) => textTest(FOOTER_WORD).test(p)).length;
  return legal >= 1 && (legal + footer) * 2 >= parts.length && legal + footer >= 2;
}

type Kind = 'strong' | 'weak' | 'footer' | 'none';

function kindOfUncached(text: string): Kind {
  if (textTest(STRONG_LINK).test(text) || textTest(LINK_RUN).test(text) || ANY_NOTICE.test(text) || isLinkList(text)) return 'strong';
  if (textTest(WEAK_LINK).test(text)) return 'weak';
  if (textTest(FOOTER_WORD).test(text)) return 'footer';
  return 'none';
}
const kindOf = memoizeByText(kindOfUncached);

/** A block of footer links: short lines, at least two of them legal links, nothing that reads as a sentence. */
function isFooterBlock(block: Block, kinds: readonly Kind[]): boolean {
  if (block.lines.length < 2) return false;
  const legal = kinds.filter((k) => k === 'strong' || k === 'weak').length;
  const strong = kinds.filter((k) => k === 'strong').length;
  if (strong < 1 || legal < 2 || legal * 10 < block.lines.length * 3) return false;
  return block.lines.every((l, i) => kinds[i] !== 'none' || (l.text.split(/\s+/).length <= 6 && !/[.!?:]$/u.test(l.text)));
}

function isLegalBlock(block: Block | undefined): boolean {
  if (!block) return false;
  const kinds = lineKinds(block);
  return kinds.includes('strong') && kinds.every((k) => k !== 'none');
}

function lineKindsUncached(block: Block): readonly Kind[] {
  return block.lines.map((l) => kindOf(l.text));
}
const lineKinds = memoizeByBlock(lineKindsUncached);

/** What the block's own lines decide, without its neighbours: a footer block, or its legal lines. */
function ownFindingsUncached(block: Block): Finding | Finding[] | null {
  const kinds = lineKinds(block);
  if (isFooterBlock(block, kinds)) return { reason: 'footer block of legal links' };

  const findings: Finding[] = [];
  kinds.forEach((k, i) => {
    if (k === 'strong') findings.push({ line: i, reason: 'legal notice or link' });
    else if (k === 'weak') {
      // "Privacy", "Contact", "Datenschutz": only beside another legal link of the block.
      const near = [kinds[i - 1], kinds[i + 1]].some((n) => n === 'strong' || n === 'weak');
      if (near && kinds.includes('strong')) findings.push({ line: i, reason: 'legal link beside legal links' });
    }
  });
  return findings.length ? findings : null;
}
const ownFindings = memoizeByBlock(ownFindingsUncached);

export const legal: Rule = {
  meta: {
    id: 'legal',
    category: 'legal',
    description: 'Copyright lines, reproduction notices, terms small print and footer links to privacy, terms and imprint pages.',
    docs: builtInDocsUrl('legal'),
    defaultOn: true,
    endsArticle: false,
    listsLinks: false,
    pass: 'widget',
  },
  linePatterns: [STRONG_LINK, LINK_RUN, ...NOTICES],
  classify(block: Block, context: RuleContext): Finding | Finding[] | null {
    const own = ownFindings(block);
    if (own) return Array.isArray(own) ? own.slice() : own;

    // A single weak link in its own block, beside a block of legal links.
    if (block.lines.length === 1 && lineKinds(block)[0] === 'weak') {
      const beside = [-1, 1].some((o) => context.removedCategory(o) === 'legal' || isLegalBlock(context.neighbour(o)));
      if (beside) return { line: 0, reason: 'legal link beside legal links' };
    }
    return null;
  },
};
