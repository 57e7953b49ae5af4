/**
 * Pages whose article the markup hides until a script shows it: the whole page in a
 * wrapper a script unhides (<body style="display:none">, <div class="root hide">), the
 * only copy in <noscript>, or in a <template> a script stamps out. When the page shows
 * little running prose and one hidden element holds much more, that the page does not
 * show (not a copy: schema.org metadata, aria-hidden duplicates), that element holds the
 * article and is shown. Hidden widgets (menus, modals, cookie notices) never are, nor
 * elements a rule claims (`isClaimed`, from the rules' selectors and class words).
 */
import type { Element } from 'domhandler';
import { nameWords } from './name-words.js';
import { walkDom, type RawBlock, type WalkResult } from './walk.js';

/** A page showing less running prose than this (characters) may hide its article... */
const LITTLE_PROSE = 1000;
/** ...in an element holding at least this much... */
const MIN_HIDDEN_PROSE = 500;
/** ...and this many times what the page shows... */
const MIN_RATIO = 3;
/** ...and not be a copy: at most this share of its word triples shown already. */
const MAX_SHOWN_SHARE = 0.5;

/** Hidden elements of these tags or names are widgets, whatever they hold. */
const WIDGET_TAGS = new Set(['nav', 'aside', 'header', 'footer', 'form', 'menu']);
const WIDGET_WORDS = new Set([
  'modal', 'popup', 'dialog', 'overlay', 'lightbox', 'cookie', 'cookies', 'consent', 'gdpr', 'privacy', 'menu', 'megamenu',
  'nav', 'navbar', 'navigation', 'drawer', 'offcanvas', 'dropdown', 'flyout', 'search', 'toast', 'tooltip', 'banner',
  'notice', 'newsletter', 'subscribe', 'signup', 'login', 'signin', 'cart', 'sidebar',
]);

/** The hidden element holding the page's article, when the page shows little else. */
export function findHiddenArticle(walk: WalkResult, isClaimed: (el: Element) => boolean): Element | undefined {
  const shown = proseChars(walk.blocks);
  if (shown >= LITTLE_PROSE) return undefined;
  let best: Element | undefined;
  let bestProse = Math.max(MIN_HIDDEN_PROSE, MIN_RATIO * shown);
  let shownTriples: Set<string> | undefined;
  for (const el of walk.hidden) {
    if (isWidget(el, isClaimed)) continue;
    const blocks = walkDom(el, new Set([el])).blocks;
    const prose = proseChars(blocks);
    if (prose < bestProse) continue;
    shownTriples ??= new Set(triples(walk.blocks));
    const own = triples(blocks);
    if (own.filter((t) => shownTriples!.has(t)).length > MAX_SHOWN_SHARE * own.length) continue;
    best = el;
    bestProse = prose;
  }
  return best;
}

/** Runs of three words, lower-cased, from the blocks' text. */
function triples(blocks: readonly RawBlock[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const words = block.lines.join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let i = 2; i < words.length; i++) out.push(`${words[i - 2]} ${words[i - 1]} ${words[i]}`);
  }
  return out;
}

/** Characters in blocks of running prose: long, with a sentence's end, few links. */
function proseChars(blocks: readonly RawBlock[]): number {
  let chars = 0;
  for (const block of blocks) {
    const text = block.lines.join(' ');
    if (text.length >= 80 && /[.!?。！？]/.test(text) && block.linkChars < 0.3 * text.length) chars += text.length;
  }
  return chars;
}

function isWidget(el: Element, isClaimed: (el: Element) => boolean): boolean {
  if (WIDGET_TAGS.has(el.name) || el.attribs.role === 'dialog' || isClaimed(el)) return true;
  return nameWords(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`).some((w) => WIDGET_WORDS.has(w));
}
