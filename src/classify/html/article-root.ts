/**
 * Finds the element that holds the article, by scoring the elements around paragraphs.
 *
 * Each paragraph of some length gives points for its commas and length to the element
 * that holds it, fewer to the one above, fewer still further up: the element that
 * gathers the most is where the prose is concentrated. Class and id words lean the score
 * ("article-body", "entry-content" up; "sidebar", "comments", "related" down), links
 * discount it (a list of headlines is text in links), and blocks a rule claimed give
 * nothing. Pages that split an article over sibling elements (a chunk per few paragraphs,
 * an ad slot between them) are handled by joining the siblings that score like the best
 * one, or that are plain paragraphs. When the page's title names an article, an element
 * under the title that scores nearly as well as the best one wins over it (under-title.ts).
 */
import type { Element } from 'domhandler';
import type { Block } from '../../types.js';
import { nameWords } from '../../parse/html/name-words.js';
import { underTitle } from './under-title.js';
import type { BlockRange } from '../../parse/html/walk.js';

export interface ArticleRoot {
  /** The best-scoring element, and the siblings and repeated wrappers joined to it. */
  elements: Element[];
}

/** Elements whose text is one paragraph: their points go to the element around them. */
const PARAGRAPH_TAGS = new Set(['p', 'li', 'dd', 'dt', 'pre', 'td', 'th', 'blockquote', 'figcaption', 'caption', 'address', 'summary', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** How much of a paragraph's points reach the element `level` steps above its own. */
const LEVEL_SHARE = [1, 1 / 2, 1 / 6, 1 / 9, 1 / 12];

/** A paragraph shorter than this gives no points. */
const MIN_PARAGRAPH_CHARS = 25;

const TAG_WEIGHT: Record<string, number> = {
  article: 10, main: 5, div: 5, section: 3, td: 3, pre: 3, blockquote: 3,
  ol: -3, ul: -3, dl: -3, li: -3, dd: -3, dt: -3, form: -3, address: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
  header: -10, aside: -15, footer: -20, nav: -25,
};

const ARTICLE_WORDS = new Set(['article', 'articlebody', 'body', 'content', 'entry', 'hentry', 'main', 'post', 'blog', 'story', 'prose']);
const ASIDE_WORDS = new Set([
  'ad', 'ads', 'aside', 'banner', 'shopping', 'comment', 'comments', 'reply', 'more', 'outbrain', 'taboola',
  'share', 'sharing', 'social', 'tags', 'tag', 'tool', 'tools', 'nav', 'menu', 'foot', 'footnote', 'header',
  'meta', 'byline', 'author', 'caption', 'credit', 'subscribe', 'signup', 'contact', 'combx', 'shoutbox', 'skyscraper', 'modal', 'popup',
  'legal', 'copyright', 'disclaimer', 'cookie', 'consent',
]);
/** Word stems that mark an aside however they go on ("sidebarLeft", "footerstyles", "relatedposts"). */
const ASIDE_STEMS = /^(?:footer|sidebar|widget|advert|sponsor|newsletter|promo|recommend|teaser|trending|related|breadcrumb|masthead|popular)/;

/** How far each class or id word moves an element's score. */
const NAME_WEIGHT = 25;

/** An element under the title wins over a better one not under it when it scores at least this share of it. */
const TITLED_SHARE = 0.4;

/** `title`: the block of the title the markup names, if found. */
export function findArticleRoot(
  blocks: readonly Block[],
  ancestors: readonly (readonly Element[])[],
  claimed: ReadonlyMap<number, unknown>,
  ranges: ReadonlyMap<Element, BlockRange>,
  title?: number,
): ArticleRoot | undefined {
  const linkShare = linkShareOf(blocks, ranges);
  const points = new Map<Element, number>();
  blocks.forEach((block, i) => {
    const own = paragraphPoints(block);
    if (own === 0 || claimed.has(i)) return;
    const chain = ancestors[i]!;
    const start = chain[0] && PARAGRAPH_TAGS.has(chain[0].name) ? 1 : 0;
    for (let level = 0; level < LEVEL_SHARE.length && start + level < chain.length; level++) {
      const el = chain[start + level]!;
      points.set(el, (points.get(el) ?? baseScore(el)) + own * LEVEL_SHARE[level]!);
    }
  });

  const score = (el: Element) => {
    const p = points.get(el);
    return p === undefined ? undefined : p * (1 - linkShare(el));
  };
  let top: Element | undefined;
  let topScore = 0;
  for (const el of points.keys()) {
    const s = score(el)!;
    if (s > topScore) {
      top = el;
      topScore = s;
    }
  }
  if (!top) return undefined;
  if (title !== undefined) [top, topScore] = preferUnderTitle(top, topScore, points.keys(), score, proseOf(blocks, claimed, ranges), underTitle(blocks, title, ranges));
  const elements = new Set([...withSiblings(top, topScore, score, blocks, ranges), ...withCousins(top, blocks, claimed, ranges, linkShare)]);
  return { elements: [...elements] };
}

/**
 * The best-scoring element under the title, when the top one is not under it: class words
 * can lift a teaser over the article (a related post's excerpt in <article class="post">,
 * the article itself in a "widget-container"), but the article holds more prose. It must
 * score nearly as well, and not be one of the top's own wrappers (they hold it).
 */
function preferUnderTitle(
  top: Element,
  topScore: number,
  candidates: Iterable<Element>,
  score: (el: Element) => number | undefined,
  prose: (el: Element) => number,
  isUnderTitle: (el: Element) => boolean,
): [Element, number] {
  if (isUnderTitle(top)) return [top, topScore];
  let best: [Element, number] = [top, topScore];
  let bar = TITLED_SHARE * topScore;
  const topProse = prose(top);
  for (const el of candidates) {
    const s = score(el)!;
    if (s >= bar && prose(el) > topProse && isUnderTitle(el) && !holds(el, top)) {
      best = [el, s];
      bar = s;
    }
  }
  return best;
}

function holds(outer: Element, inner: Element): boolean {
  for (let el = inner.parent; el; el = el.parent) if (el === outer) return true;
  return false;
}

/** Points a paragraph gives: one, one per comma, one per hundred characters up to three. */
function paragraphPoints(block: Block): number {
  if (block.kind === 'heading') return 0;
  const chars = block.text.length;
  if (chars < MIN_PARAGRAPH_CHARS) return 0;
  let commas = 0;
  for (const ch of block.text) if (ch === ',' || ch === '，' || ch === '、') commas++;
  return 1 + commas + Math.min(3, Math.floor(chars / 100));
}

function baseScore(el: Element): number {
  let score = TAG_WEIGHT[el.name] ?? 0;
  for (const names of [el.attribs.class, el.attribs.id]) {
    if (!names) continue;
    const words = nameWords(names);
    if (words.some((w) => ASIDE_WORDS.has(w) || ASIDE_STEMS.test(w))) score -= NAME_WEIGHT;
    if (words.some((w) => ARTICLE_WORDS.has(w))) score += NAME_WEIGHT;
  }
  if (el.attribs.itemprop === 'articleBody') score += NAME_WEIGHT;
  return score;
}

/** An element's paragraph points, before any weighting: how much prose it holds. */
function proseOf(blocks: readonly Block[], claimed: ReadonlyMap<number, unknown>, ranges: ReadonlyMap<Element, BlockRange>): (el: Element) => number {
  const before = [0];
  blocks.forEach((b, i) => before.push(before[i]! + (claimed.has(i) ? 0 : paragraphPoints(b))));
  return (el) => {
    const r = ranges.get(el);
    return r && r[1] >= r[0] ? before[r[1] + 1]! - before[r[0]]! : 0;
  };
}

/** Share of an element's text inside links, from per-block counts summed over its range. */
function linkShareOf(blocks: readonly Block[], ranges: ReadonlyMap<Element, BlockRange>): (el: Element) => number {
  const chars = [0];
  const links = [0];
  for (const b of blocks) {
    chars.push(chars[chars.length - 1]! + b.text.length);
    links.push(links[links.length - 1]! + b.text.length * b.features.linkDensity);
  }
  return (el) => {
    const r = ranges.get(el);
    if (!r || r[1] < r[0]) return 0;
    const total = chars[r[1] + 1]! - chars[r[0]]!;
    return total ? (links[r[1] + 1]! - links[r[0]]!) / total : 0;
  };
}

/**
 * The top element and the siblings that belong with it: those scoring at least a fifth
 * of it (more easily when they share its class), and plain paragraphs of running text.
 */
function withSiblings(
  top: Element,
  topScore: number,
  score: (el: Element) => number | undefined,
  blocks: readonly Block[],
  ranges: ReadonlyMap<Element, BlockRange>,
): Element[] {
  const parent = top.parent;
  if (!parent || parent.type !== 'tag') return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const joined: Element[] = [];
  for (const child of parent.children) {
    if (child.type !== 'tag') continue;
    const sibling = child as Element;
    if (sibling === top) {
      joined.push(sibling);
      continue;
    }
    const bonus = sibling.attribs.class && sibling.attribs.class === top.attribs.class ? topScore * 0.2 : 0;
    const s = score(sibling);
    if ((s !== undefined && s + bonus >= threshold) || isPlainParagraph(sibling, blocks, ranges)) joined.push(sibling);
  }
  return joined;
}

/** How many levels above the top element repeated wrappers are looked for. */
const COUSIN_LEVELS = 4;

/**
 * Pages that put each few paragraphs in a wrapper of their own (a card, a chunk, a
 * section) repeat the wrapper's tag and class: the wrappers around the top element's
 * ancestors that look the same, hold paragraphs and few links, are the same article.
 */
function withCousins(
  top: Element,
  blocks: readonly Block[],
  claimed: ReadonlyMap<number, unknown>,
  ranges: ReadonlyMap<Element, BlockRange>,
  linkShare: (el: Element) => number,
): Element[] {
  const paragraphsBefore = [0];
  blocks.forEach((b, i) => paragraphsBefore.push(paragraphsBefore[i]! + (paragraphPoints(b) > 0 && !claimed.has(i) ? 1 : 0)));
  const holdsParagraphs = (el: Element) => {
    const r = ranges.get(el);
    return r !== undefined && r[1] >= r[0] && paragraphsBefore[r[1] + 1]! - paragraphsBefore[r[0]]! > 0;
  };
  const cousins: Element[] = [];
  let wrapper: Element = top;
  for (let level = 0; level <= COUSIN_LEVELS; level++) {
    const parent = wrapper.parent;
    if (!parent || parent.type !== 'tag' || wrapper.name === 'body') break;
    const signature = firstClass(wrapper);
    if (signature) {
      for (const child of parent.children) {
        if (child === wrapper || child.type !== 'tag') continue;
        const sibling = child as Element;
        if (sibling.name === wrapper.name && firstClass(sibling) === signature && holdsParagraphs(sibling) && linkShare(sibling) < 0.5) cousins.push(sibling);
      }
    }
    wrapper = parent as Element;
  }
  return cousins;
}

function firstClass(el: Element): string | undefined {
  return el.attribs.class?.trim().split(/\s+/)[0] || undefined;
}

function isPlainParagraph(el: Element, blocks: readonly Block[], ranges: ReadonlyMap<Element, BlockRange>): boolean {
  if (el.name !== 'p') return false;
  const r = ranges.get(el);
  if (!r || r[0] !== r[1]) return false;
  const block = blocks[r[0]]!;
  const chars = block.text.length;
  const links = block.features.linkDensity;
  return (chars > 80 && links < 0.25) || (chars > 0 && links === 0 && block.features.endsWithSentence);
}
