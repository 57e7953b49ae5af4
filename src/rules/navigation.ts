/**
 * navigation: menus, breadcrumbs, skip links, search boxes, "back to top" and
 * previous/next article links.
 *
 * Control lines ("Skip to main content", "Menu", "Search", "Close", "Back to top",
 * "Toggle navigation", "Zum Inhalt springen", "Aller au contenu", "Saltar al contenido")
 * go wherever they stand. Breadcrumbs need separators and short segments ("Home > World >
 * Europe"). A block, or a run of one-line blocks, is a menu only on structural evidence
 * together: several short labels, no sentence punctuation, Title Case, and section words
 * ("News", "Politics", "Sport", "Wirtschaft", "Économie", "Deportes") or a menu removed
 * beside it. Keeps: sentences, subheadings followed by prose, and lists of other things
 * (ingredients, product features, names).
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { isLabel, titleCaseRatio, wordCount } from './support/lines.js';
import { memoizeByBlock, memoizeByText } from '../text/memo.js';
import { textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';
import { phraseBook, phrases, words, type PhraseBook } from './phrases/phrase-book.js';
import { anyOf } from './support/any-of.js';

/** "Previous article: <headline>", "Next story – <headline>". */
const PREV_NEXT_HEADLINE = textTest(anyOf(phrases('navigation', 'previousNextHeadlines')));

/** Section names of news sites in the four languages: the vocabulary of menus. */
const SECTION_WORDS = new Set(words('navigation', 'sectionWords').map((w) => w.toLowerCase()));

/** Lines that are menu controls rather than items: evidence that a block of labels is a menu. */
const MENU_CONTROL = textTest(anyOf(phrases('navigation', 'menuControls')));

function normaliseUncached(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/gu, ' ').replace(/[:»›>]+$/u, '').trim();
}
const normalise = memoizeByText(normaliseUncached);

function isSectionWord(text: string): boolean {
  return SECTION_WORDS.has(normalise(text));
}

/** A menu item: a short label in Title Case or capitals (or a section word), with no sentence end. */
function isMenuItemUncached(text: string): boolean {
  if (!isLabel(text, 4)) return false;
  if (isSectionWord(text)) return true;
  if (/^[\d\s.,:/-]+$/u.test(text)) return false;
  return titleCaseRatio(text) >= 0.75;
}
const isMenuItem = memoizeByText(isMenuItemUncached);

interface MenuCount {
  items: number;
  sections: number;
  controls: number;
  /** Every line is a menu item, or a big menu has a few other short labels ("Newsbeat selected"). */
  all: boolean;
}

function countMenuUncached(block: Block): MenuCount {
  let items = 0;
  let sections = 0;
  let controls = 0;
  let stray = 0;
  for (const line of block.lines) {
    if (!isMenuItem(line.text)) {
      if (!isLabel(line.text, 5)) return { items, sections, controls, all: false };
      stray++;
      continue;
    }
    items++;
    if (isSectionWord(line.text)) sections++;
    if (MENU_CONTROL.test(line.text)) controls++;
  }
  return { items, sections, controls, all: stray === 0 || (items >= 6 && stray * 6 <= items) };
}
const countMenu = memoizeByBlock(countMenuUncached);

/** Home words that start a breadcrumb trail. */
const HOME = new Set(words('navigation', 'homeWords'));

/** A breadcrumb written one crumb a line: "Home\nFact Check\n<headline>". */
function verticalBreadcrumb(block: Block): boolean {
  const lines = block.lines;
  if (lines.length < 2 || lines.length > 5 || !HOME.has(normalise(lines[0]!.text))) return false;
  const middle = lines.slice(1, -1).every((l) => isMenuItem(l.text));
  const last = lines[lines.length - 1]!.text;
  // "Home\nNews" is a trail; "Home\n<a sentence>" is not: a two-line trail ends with a section.
  if (lines.length === 2) return isMenuItem(last);
  return middle && (isMenuItem(last) || (wordCount(last) <= 20 && !/[.。]$/u.test(last.trim())));
}

/** Enough section words among enough items to call labels a menu. */
function menuEvidence(c: MenuCount): boolean {
  if (c.items < 3) return false;
  if (c.items >= 4 && c.sections >= 3 && c.sections * 10 >= c.items * 3) return true;
  return c.controls >= 1 && c.sections >= 2;
}

/** A line of labels joined by separators: "Home > World > Europe", "News | Sport | Weather". */
function breadcrumbOrBarUncached(text: string): string | null {
  const t = text.trim();
  if (t.length > 240 || /[.!?]$/u.test(t)) return null;
  const crumbs = t.split(/\s+(?:>|»|›|→|\/|\\)\s+|\s*(?:»|›|→)\s*/u).filter((s) => s.trim() !== '');
  if (crumbs.length >= 2) {
    const first = normalise(crumbs[0]!);
    const head = crumbs.slice(0, -1);
    const last = crumbs[crumbs.length - 1]!;
    const labels = head.every((s) => isLabel(s, 5));
    if (labels && (HOME.has(first) || first === 'news') && wordCount(last) <= 20) {
      return 'breadcrumb trail';
    }
    if (crumbs.length >= 3 && crumbs.every((s) => isMenuItem(s)) && crumbs.some((s) => isSectionWord(s))) return 'breadcrumb trail';
  }
  const bar = t.split(/\s*[|•·]\s*/u).filter((s) => s.trim() !== '');
  if (bar.length >= 3 && bar.every((s) => isMenuItem(s)) && bar.filter((s) => isSectionWord(s)).length >= 2) return 'menu bar of separated links';
  return null;
}
const breadcrumbOrBar = memoizeByText(breadcrumbOrBarUncached);

/** A one-line menu block in a run of one-line menu blocks ("Home\n\nNews\n\nSport"). */
function menuRun(block: Block, context: RuleContext): boolean {
  let items = 1;
  let sections = isSectionWord(block.text) ? 1 : 0;
  let besideMenu = false;
  for (const dir of [-1, 1]) {
    for (let off = dir; Math.abs(off) <= 12; off += dir) {
      const category = context.removedCategory(off);
      if (category === 'navigation') {
        besideMenu = true;
        break;
      }
      const b = context.neighbour(off);
      if (!b || category || b.lines.length !== 1 || !isMenuItem(b.text)) break;
      items++;
      if (isSectionWord(b.text)) sections++;
    }
  }
  if (items >= 4 && sections >= 3 && sections * 2 >= items) return true;
  return besideMenu && items >= 3 && sections >= 2;
}

/** What the block's lines say by themselves: breadcrumbs, link bars, previous/next links, a trail one crumb a line. */
function ownFindingsUncached(block: Block): Finding | Finding[] | null {
  // Lines that are breadcrumbs or separated link bars.
  const findings: Finding[] = [];
  block.lines.forEach((line, i) => {
    const reason = breadcrumbOrBar(line.text);
    if (reason) findings.push({ line: i, reason });
    else if (PREV_NEXT_HEADLINE.test(line.text) && wordCount(line.text) <= 25) findings.push({ line: i, reason: 'previous/next article link' });
  });
  if (findings.length > 0) return findings;

  if (verticalBreadcrumb(block)) {
    // A trail that ends with the article's own headline keeps the headline.
    const lastLine = block.lines.length - 1;
    if (isMenuItem(block.lines[lastLine]!.text)) return { reason: 'breadcrumb trail, one crumb a line' };
    return block.lines.slice(0, lastLine).map((_, i) => ({ line: i, reason: 'breadcrumb trail, one crumb a line' }));
  }
  return null;
}
const ownFindings = memoizeByBlock(ownFindingsUncached);

function classifyMenu(block: Block, context: RuleContext): Finding | Finding[] | null {
  const own = ownFindings(block);
  if (own) return Array.isArray(own) ? own.slice() : own;
  const count = countMenu(block);
  if (!count.all) return null;
  if (block.lines.length >= 3) {
    if (menuEvidence(count)) return { reason: 'block of menu labels with section names' };
    const before = context.removedCategory(-1);
    const after = context.removedCategory(1);
    if ((before === 'navigation' || after === 'navigation') && count.items >= 4 && count.sections >= 1) return { reason: 'block of menu labels beside a menu' };
    return null;
  }
  if (block.lines.length === 1 && menuRun(block, context)) return { reason: 'menu item in a run of menu items' };
  return null;
}

const META: Rule['meta'] = {
  id: 'navigation',
  category: 'navigation',
  description: 'Menus, breadcrumbs, skip links, search and close buttons, back-to-top and previous/next links.',
  docs: builtInDocsUrl('navigation'),
  defaultOn: true,
  endsArticle: false,
  listsLinks: true,
  pass: 'widget',
};

/**
 * The rule with its control lines from `book`: site and CMS packs add to them (see
 * pack-rules.ts). They are line patterns only: no other test reads them.
 */
export function buildNavigation(book: PhraseBook): Rule {
  return {
    meta: META,
    classWords: ['breadcrumb', 'breadcrumbs', 'navbar', 'navigation', 'skiplink', 'skiplinks', 'menu', 'megamenu', 'pagination'],
    selectors: ['nav', '[role="navigation"]', '[role="search"]', '.skip-link', '.screen-reader-shortcut'],
    linePatterns: book.list('navigation', 'controls'),
    classify(block, context) {
      return classifyMenu(block, context);
    },
  };
}

export const navigation: Rule = buildNavigation(phraseBook());
