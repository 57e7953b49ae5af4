/**
 * An HTML page as the pipeline reads it: parsed into blocks (parse/html/), then what its
 * markup says of the content: the blocks inside subtrees a rule claims by selector or
 * class word, the elements it marks as an article body, and the element that holds the
 * article.
 */
import type { Block, Document, Rule } from '../../types.js';
import { parseHtml, type ParsedHtml } from '../../parse/html/index.js';
import { findBlockMatching } from '../../extract/title.js';
import type { BlockVerdict } from '../verdicts.js';
import { RuleClaims } from './rule-claims.js';
import { claimsPerBlock } from './block-claims.js';
import { settleClaims } from './settle-claims.js';
import { findArticleRoot } from './article-root.js';
import { findContentRoots } from './content-roots.js';

export function htmlDocument(html: string, rules: readonly Rule[], lang?: string): Document {
  const claims = new RuleClaims(rules);
  return withMarkupReading(parseHtml(html, { lang, isClaimed: (el) => claims.claim(el) !== undefined }), claims);
}

function withMarkupReading({ document, ancestors, ranges, page }: ParsedHtml, claims: RuleClaims): Document {
  const { source, inputKind, blocks, lang, meta } = document;
  const claimed = settleClaims(claimsPerBlock(ancestors, claims), blocks.map((b) => b.features), ranges);
  const article = findArticleRoot(blocks, ancestors, claimed, ranges, meta?.title ? titleBlock(blocks, meta.title) : undefined);
  return { source, inputKind, blocks, lang, meta, claimed, ancestors, contentRoots: findContentRoots(page), elementRanges: ranges, articleRoot: article?.elements };
}

/** The block that says the title the markup names; no block is ruled out yet. */
function titleBlock(blocks: readonly Block[], title: string): number | undefined {
  const none: BlockVerdict = { lines: new Map() };
  return findBlockMatching(blocks, new Array<BlockVerdict>(blocks.length).fill(none), title);
}
