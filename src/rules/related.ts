/**
 * related: links to other stories. Headers ("Related articles", "More from X", "Most
 * popular", "You may also like", "Lire aussi", "Mehr zum Thema", "Te puede interesar"),
 * tag lists ("Related Tags:", "Topics"), teaser lines ("Read more: <headline>", "Related:
 * <headline>"), bare links ("Read more", "Continue reading the main story", "Weiterlesen"),
 * and the lists of headlines right after a header.
 *
 * A list goes only while it looks like one: blocks of headline lines (no full stop, at
 * most 30 words each, long or Title Case) directly after the header or after another such
 * block. Prose ends it; a line standing alone right before prose is read as the article's
 * next subheading (or its title) and kept; a breadcrumb ("Home") ends it. A header that is
 * one item of a menu heads nothing. Tag headers take only short labels; "see also" headers
 * ("Don't miss", "See also") at most the one block of headline-length lines after them;
 * bare links nothing. Keeps: prose using "related", "read more", "most popular", and the
 * article's subheadings, ingredient and feature lists.
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { isHeadlineListBlock, isHeadlineLine, isLabel, isProseBlock, wordCount } from './support/lines.js';
import { memoizeByBlock, memoizeByBlockAndNext, memoizeByText } from '../text/memo.js';
import { unionFor, unionOf } from '../text/pattern-union.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';
import { phraseBook, phrases, words, type PhraseBook } from './phrases/phrase-book.js';
import { anyOf } from './support/any-of.js';

/** Headers after which the following headline blocks are a list of other stories. */
const LIST_HEADERS = phrases('related', 'listHeaders');

/** Headers of tag and topic lists: only short labels follow them. */
const TAG_HEADERS = phrases('related', 'tagHeaders');

/**
 * "See also"-like headers: the line goes, and at most the one block of headline-length
 * lines right after it.
 */
const WEAK_HEADERS = phrases('related', 'weakHeaders');

/** Teaser links with their headline on the same line: "Read more: Alibaba prices its listing". */
const TEASER_PREFIX = new RegExp(`^\\s*(?:${anyOf(phrases('related', 'teaserPrefixes')).source})\\s*(?::|\\||»|>|→|[-–—])\\s*(\\S.*)$`, 'iu');

/** Bare link lines that need no header around them, and ticker items ending in their link ("... - Read More »»"). */
const LINK_LINES: readonly RegExp[] = [...phrases('related', 'linkLines'), ...phrases('related', 'trailingLinks')];

/** Whether a header is followed in the same block by a teaser of its own: "Related Tags: Oxygen". */
function isTeaserLineUncached(text: string): boolean {
  const m = TEASER_PREFIX.exec(text);
  if (!m) return false;
  const rest = m[1]!;
  // The headline after the prefix: at most 30 words, at most one sentence inside it.
  return wordCount(rest) <= 30 && rest.length <= 240 && !/[.!?]\s+\S+(\s+\S+){6,}[.!?]/u.test(rest);
}
const isTeaserLine = memoizeByText(isTeaserLineUncached);

function isListHeader(text: string): boolean {
  return unionFor(LIST_HEADERS).test(text);
}

function isTagHeader(text: string): boolean {
  return unionFor(TAG_HEADERS).test(text);
}

function isWeakHeader(text: string): boolean {
  return unionFor(WEAK_HEADERS).test(text);
}

type Strength = 'list' | 'tags' | 'weak';

/** The list, tag and see-also headers asked as one question: most lines are none of them. */
const ANY_HEADER = unionOf([...LIST_HEADERS, ...TAG_HEADERS, ...WEAK_HEADERS]);

function headerStrengthUncached(text: string): Strength | undefined {
  if (!ANY_HEADER.test(text)) return undefined;
  if (isListHeader(text)) return 'list';
  if (isTagHeader(text)) return 'tags';
  if (isWeakHeader(text)) return 'weak';
  return undefined;
}
const headerStrength = memoizeByText(headerStrengthUncached);

/** A tag: a short label. */
function isTagUncached(text: string): boolean {
  return isLabel(text, 4) || /^[,;|•·]$/u.test(text.trim());
}
const isTag = memoizeByText(isTagUncached);

/** Lines of headline length on average (four words or more): stories, not menu items. */
function headlineLengthLines(block: Block | undefined): boolean {
  if (!block) return false;
  return block.features.words >= 4 * block.lines.length;
}

/**
 * Whether the header at line `i` heads what follows it. A header inside a block of other
 * short labels is an item of a menu ("Home / Top Stories / Crime"), unless it ends the
 * block and stories of headline length follow it.
 */
function headsBlock(block: Block, i: number, next?: Block): boolean {
  if (i === 0) return true;
  if (!block.lines.slice(0, i).every((l) => isLabel(l.text, 4))) return true;
  return i === block.lines.length - 1 && headlineLengthLines(next);
}

/** The header a block ends with (a header line followed only by its entries), if any. */
function headerAtEndUncached(block: Block, next?: Block): Strength | undefined {
  const lines = block.lines;
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    const strength = headerStrength(text);
    if (strength) {
      if (!headsBlock(block, i, next)) return undefined;
      if (strength === 'weak' && i !== lines.length - 1) return undefined;
      if (strength === 'tags' && !lines.slice(i + 1).every((l) => isTag(l.text))) return undefined;
      return strength;
    }
    if (!isHeadlineLine(text)) return undefined;
  }
  return undefined;
}

const headerAtEnd = memoizeByBlockAndNext(headerAtEndUncached);

/** Lines long enough to be headlines (not a product name or a one-word label). */
function headlineLength(block: Block): boolean {
  return block.lines.every((l) => wordCount(l.text) >= 4 && isHeadlineLine(l.text));
}

/**
 * A line standing alone right before article prose reads as the article's next subheading
 * (or its title), and a short one before anything that is not a list (an ingredient list,
 * a table) too: the list ended before it.
 */
function looksLikeSubheading(block: Block, context: RuleContext): boolean {
  if (block.lines.length !== 1) return false;
  const next = context.neighbour(1);
  if (!next || context.removedCategory(1)) return false;
  if (isProseBlock(next)) return true;
  return wordCount(block.text) < 7 && !isHeadlineListBlock(next);
}

const MAX_LIST_BLOCKS = 16;

/** Words that start a breadcrumb, and so the article's own header: a list never runs into them. */
const HOME = textTest(new RegExp(`^(?:${words('related', 'breadcrumbStarts').join('|')})$`, 'iu'));

function startsBreadcrumbUncached(block: Block): boolean {
  return HOME.test(block.lines[0]!.text.trim());
}
const startsBreadcrumb = memoizeByBlock(startsBreadcrumbUncached);

/** A header alone in its block, right after a block of other short labels: an item of a menu ("Popular", "Top Stories"). */
function isMenuItemBlock(block: Block, before: Block | undefined, after: Block | undefined): boolean {
  if (block.lines.length !== 1 || !before || headlineLengthLines(after)) return false;
  return before.lines.every((l) => isLabel(l.text, 4) && !headerStrength(l.text));
}

/** A block of headlines under a header, through other headline blocks and removed widgets. */
function listMember(block: Block, context: RuleContext): Finding | null {
  if (!isHeadlineListBlock(block) || startsBreadcrumb(block)) return null;
  if (looksLikeSubheading(block, context)) return null;
  for (let off = -1; off >= -MAX_LIST_BLOCKS; off--) {
    const b = context.neighbour(off);
    if (!b || startsBreadcrumb(b)) return null;
    const strength = headerAtEnd(b, context.neighbour(off + 1));
    if (strength && isMenuItemBlock(b, context.neighbour(off - 1), context.neighbour(off + 1))) return null;
    if (strength === 'list') return { reason: 'headline list under a related-stories header' };
    if (strength === 'tags') return block.lines.every((l) => isTag(l.text)) ? { reason: 'tags under a tags header' } : null;
    if (strength === 'weak') {
      // Only the block right after a weak header (removed widgets in between aside), and only headlines.
      for (let k = off + 1; k < 0; k++) if (context.removedCategory(k) === undefined) return null;
      return headlineLength(block) ? { reason: 'headline under a see-also header' } : null;
    }
    const removed = context.removedCategory(off);
    if (removed) {
      if (b.features.words > 30) return null;
      continue;
    }
    if (!isHeadlineListBlock(b)) return null;
  }
  return null;
}

/** Teaser lines, and the headers in the block with the entries under them. */
function headerFindingsUncached(block: Block, next: Block | undefined): Finding[] {
  const lines = block.lines;
  const findings: Finding[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (isTeaserLine(text)) {
      findings.push({ line: i, reason: 'teaser link to another story' });
      continue;
    }
    const strength = headerStrength(text);
    if (strength === 'list' || strength === 'tags') {
      findings.push({ line: i, reason: strength === 'tags' ? 'tags header' : 'related-stories header' });
      if (!headsBlock(block, i, next)) continue;
      const entry = strength === 'tags' ? isTag : isHeadlineLine;
      let j = i + 1;
      for (; j < lines.length && entry(lines[j]!.text) && !headerStrength(lines[j]!.text); j++) {
        findings.push({ line: j, reason: strength === 'tags' ? 'tag under a tags header' : 'headline under a related-stories header' });
      }
      i = j - 1;
    }
  }
  return findings;
}
const headerFindings = memoizeByBlockAndNext(headerFindingsUncached);

const META: Rule['meta'] = {
  id: 'related',
  category: 'related',
  description: 'Related-stories boxes, "Read more" links, most-popular lists and the headlines under them.',
  docs: builtInDocsUrl('related'),
  defaultOn: true,
  endsArticle: true,
  listsLinks: true,
  pass: 'widget',
};

/**
 * The rule with its bare links to read on ("linkHeaders") from `book`: site and CMS packs
 * add to them (see pack-rules.ts). They are line patterns only: no other test reads them.
 */
export function buildRelated(book: PhraseBook): Rule {
  return {
    meta: META,
    classWords: ['related', 'relatedposts', 'yarpp', 'mostpopular', 'mostread', 'readnext', 'recirculation'],
    linePatterns: [...LIST_HEADERS, ...TAG_HEADERS, ...WEAK_HEADERS, ...book.list('related', 'linkHeaders'), ...LINK_LINES],
    classify(block, context) {
      const findings = headerFindings(block, context.neighbour(1));
      if (findings.length > 0) return findings.slice();
      return listMember(block, context);
    },
  };
}

export const related: Rule = buildRelated(phraseBook());
