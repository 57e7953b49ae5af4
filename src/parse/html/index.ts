/**
 * Parses an HTML page into the same Document as a text dump, with the HTML features:
 * tag path, heading level, list membership, link density, and the elements around each
 * block. The page's rendered text becomes the source that block offsets point into.
 * What the markup says of the content (rule claims, the article's element) is read from
 * the parsed page by classify/html/.
 */
import type * as Cheerio from 'cheerio/slim';
import { lazyRequire } from '../../lazy-require.js';
import type { Element } from 'domhandler';
import type { Block, Document, Line } from '../../types.js';
import { stopWordsFor } from '../../text/stop-words.js';
import { computeFeatures } from '../features.js';
import { detectLanguage } from '../../text/language.js';
import { readMarkupMetadata } from './metadata.js';
import { walkDom, type BlockRange } from './walk.js';
import { collectPageElements, type PageElements } from './page-elements.js';
import { placeStreamedSegments } from './streamed-segments.js';
import { restoreSwallowedMarkup } from './swallowed-markup.js';
import { findHiddenArticle } from './hidden-article.js';
import { capNesting } from './nesting-cap.js';

const cheerio = lazyRequire<typeof Cheerio>('cheerio/slim');

export interface ParsedHtml {
  /** The page's blocks, text, language and metadata. */
  document: Document;
  /** Per block, its block-level ancestors, innermost first (the document's `ancestors`). */
  ancestors: Element[][];
  /** Per block-level element, the blocks it holds (the document's `elementRanges`). */
  ranges: Map<Element, BlockRange>;
  /** The elements metadata and marked article bodies are read from. */
  page: PageElements;
}

export interface HtmlParseOptions {
  /** ISO 639-1 code of the page's language, when known beforehand. */
  lang?: string;
  /** Elements a rule claims: a hidden one is never taken for the article the page hides. */
  isClaimed?: (el: Element) => boolean;
}

export function parseHtml(html: string, { lang, isClaimed = () => false }: HtmlParseOptions = {}): ParsedHtml {
  const $ = cheerio.load(capNesting(html));
  const root = $.root()[0]!;
  let page = collectPageElements(root);
  if (page.swallowing.length) {
    restoreSwallowedMarkup(page.swallowing, (fragment) => cheerio.load(fragment, null, false).root()[0]!.children);
    page = collectPageElements(root);
  }
  const meta = readMarkupMetadata($, page);

  placeStreamedSegments(page.named);

  let walk = walkDom(root);
  const hiddenArticle = findHiddenArticle(walk, isClaimed);
  if (hiddenArticle) walk = walkDom(root, new Set([hiddenArticle]));
  const { blocks: raw, ranges } = walk;
  const docLang = lang ?? meta.lang ?? detectLanguage(raw.flatMap((b) => b.lines));
  const stopWords = stopWordsFor(docLang);

  const blocks: Block[] = [];
  const ancestors: Element[][] = [];
  let source = '';
  for (const rb of raw) {
    if (source) source += '\n\n';
    const lines: Line[] = [];
    for (const [k, text] of rb.lines.entries()) {
      if (lines.length) source += '\n';
      const codeIndent = rb.codeIndents?.[k];
      lines.push({ text, start: source.length, end: source.length + text.length, ...(codeIndent ? { codeIndent } : {}) });
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
  const document: Document = { source, inputKind: 'html', blocks, lang: docLang, meta, ancestors, elementRanges: ranges };
  return { document, ancestors, ranges, page };
}
