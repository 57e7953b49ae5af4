/**
 * Parses an HTML page into the same Document as a text dump, with the HTML features:
 * tag path, heading level, list membership, link density, and the blocks a rule's
 * selectors or class words claimed. The page's rendered text becomes the source that
 * block offsets point into.
 */
import type * as Cheerio from 'cheerio/slim';
import { lazyRequire } from '../../lazy-require.js';
import type { Element } from 'domhandler';
import type { Block, Document, Line, Rule } from '../../types.js';
import { stopWordsFor } from '../../text/stop-words.js';
import { computeFeatures } from '../features.js';
import { detectLanguage } from '../../text/language.js';
import { readMarkupMetadata } from './metadata.js';
import { RuleClaims } from './rule-claims.js';
import { walkDom } from './walk.js';
import { settleClaims } from './settle-claims.js';
import { findContentRoots } from './content-roots.js';
import { collectPageElements } from './page-elements.js';
import { findArticleRoot } from './article-root.js';
import { placeStreamedSegments } from './streamed-segments.js';
import { restoreSwallowedMarkup } from './swallowed-markup.js';
import { findHiddenArticle } from './hidden-article.js';
import { capNesting } from './nesting-cap.js';
import { findBlockMatching } from '../../extract/title.js';
import type { BlockVerdict } from '../../classify/verdicts.js';

const cheerio = lazyRequire<typeof Cheerio>('cheerio/slim');

export function parseHtml(html: string, rules: readonly Rule[], lang?: string): Document {
  const $ = cheerio.load(capNesting(html));
  const root = $.root()[0]!;
  let page = collectPageElements(root);
  if (page.swallowing.length) {
    restoreSwallowedMarkup(page.swallowing, (fragment) => cheerio.load(fragment, null, false).root()[0]!.children);
    page = collectPageElements(root);
  }
  const meta = readMarkupMetadata($, page);

  placeStreamedSegments(page.named);

  const claims = new RuleClaims(rules);
  let walk = walkDom(root, claims);
  const hiddenArticle = findHiddenArticle(walk, claims);
  if (hiddenArticle) walk = walkDom(root, claims, new Set([hiddenArticle]));
  const { blocks: raw, ranges } = walk;
  const docLang = lang ?? meta.lang ?? detectLanguage(raw.flatMap((b) => b.lines));
  const stopWords = stopWordsFor(docLang);

  const blocks: Block[] = [];
  const ancestors: Element[][] = [];
  let source = '';
  for (const rb of raw) {
    if (source) source += '\n\n';
    const lines: Line[] = [];
    for (const text of rb.lines) {
      if (lines.length) source += '\n';
      lines.push({ text, start: source.length, end: source.length + text.length });
      source += text;
    }
    const text = rb.lines.join('\n');
    const index = blocks.length;
    blocks.push({
      index,
      kind: rb.kind,
      text,
      lines,
      start: lines[0]!.start,
      end: lines[lines.length - 1]!.end,
      features: computeFeatures(text, stopWords, rb.linkChars),
      headingLevel: rb.headingLevel,
      path: rb.path,
    });
    ancestors.push(rb.ancestors);
  }
  const claimed = settleClaims(raw.map((rb) => rb.claims), blocks.map((b) => b.features), ranges);
  const article = findArticleRoot(blocks, ancestors, claimed, ranges, meta.title ? titleBlock(blocks, meta.title) : undefined);
  return { source, inputKind: 'html', blocks, lang: docLang, meta, claimed, ancestors, contentRoots: findContentRoots(page), elementRanges: ranges, articleRoot: article?.elements };
}

/** The block that says the title the markup names; no block is ruled out yet. */
function titleBlock(blocks: readonly Block[], title: string): number | undefined {
  const none: BlockVerdict = { lines: new Map() };
  return findBlockMatching(blocks, new Array<BlockVerdict>(blocks.length).fill(none), title);
}
