/**
 * Parses an HTML page into the same Document as a text dump, with the HTML features:
 * tag path, heading level, list membership, link density, and the blocks a rule's
 * selectors or class words claimed. The page's rendered text becomes the source that
 * block offsets point into.
 */
import type * as Cheerio from 'cheerio/slim';
import { lazyRequire } from '../../lazy-require.js';
import type { AnyNode, Element } from 'domhandler';
import type { Block, Document, Line, Rule } from '../../types.js';
import { stopWordsFor } from '../../text/stop-words.js';
import { computeFeatures } from '../features.js';
import { detectLanguage } from '../../text/language.js';
import { readMarkupMetadata } from './metadata.js';
import { RuleClaims } from './rule-claims.js';
import { walkDom, type RawBlock } from './walk.js';
import { findContentRoots } from './content-roots.js';

const cheerio = lazyRequire<typeof Cheerio>('cheerio/slim');

/** Characters of text under a node, counted without recursion (pages can nest very deep). */
function textLength(node: AnyNode): number {
  let n = 0;
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.type === 'text') n += (current as unknown as { data: string }).data.length;
    else if ('children' in current) for (const child of current.children as AnyNode[]) stack.push(child);
  }
  return n;
}

export function parseHtml(html: string, rules: readonly Rule[], lang?: string): Document {
  const $ = cheerio.load(html);
  const meta = readMarkupMetadata($);

  const body = $('body').first();
  const root = body.length ? body[0]! : $.root()[0]!;
  const total = Math.max(1, textLength(root));
  const textShare = (el: Element) => textLength(el) / total;
  const raw = walkDom(root, new RuleClaims(rules), textShare);
  const docLang = lang ?? meta.lang ?? detectLanguage(raw.flatMap((b) => b.lines));
  const stopWords = stopWordsFor(docLang);

  const blocks: Block[] = [];
  const ancestors: Element[][] = [];
  const claimed = new Map<number, NonNullable<RawBlock['claim']>>();
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
    if (rb.claim) claimed.set(index, rb.claim);
  }
  return { source, inputKind: 'html', blocks, lang: docLang, meta, claimed, ancestors, contentRoots: findContentRoots($) };
}
