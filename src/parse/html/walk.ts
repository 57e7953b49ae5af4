/**
 * Walks a cleaned DOM into blocks: every block-level element starts a new block, <br>
 * starts a new line, inline text joins the current block. Each block remembers its tag
 * path, heading level, list membership, the share of its text inside links, and the
 * rule (if any) that claimed the subtree it came from.
 */
import type { AnyNode, Element } from 'domhandler';
import type { BlockKind } from '../../types.js';
import { isDropped } from './dropped-nodes.js';
import type { Claim, RuleClaims } from './rule-claims.js';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

export interface RawBlock {
  kind: BlockKind;
  lines: string[];
  headingLevel?: number;
  path: string;
  linkChars: number;
  claim?: Claim;
  /** Nearest ancestor elements, innermost first: used to find the article's container. */
  ancestors: Element[];
}

interface Context {
  path: string[];
  ancestors: Element[];
  claim?: Claim;
  inLink: boolean;
  inPre: boolean;
  kind: BlockKind;
  headingLevel?: number;
}

export function walkDom(root: AnyNode, claims: RuleClaims, textShare: (el: Element) => number): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: RawBlock | undefined;
  let line = '';

  const flush = () => {
    endLine();
    if (current && current.lines.length) blocks.push(current);
    current = undefined;
  };
  const endLine = () => {
    const text = line.replace(/[ \t\f\r\n]+/g, ' ').trim();
    if (text && current) current.lines.push(text);
    line = '';
  };
  const open = (ctx: Context) => {
    current ??= { kind: ctx.kind, lines: [], headingLevel: ctx.headingLevel, path: ctx.path.slice(-6).join('>'), linkChars: 0, claim: ctx.claim, ancestors: ctx.ancestors };
  };

  const visit = (node: AnyNode, ctx: Context): void => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      if (!data.trim() && !line) return;
      open(ctx);
      if (ctx.inPre) {
        const parts = data.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) endLine();
          line += part;
        });
      } else {
        line += data;
      }
      if (ctx.inLink) current!.linkChars += data.replace(/\s+/g, ' ').trim().length;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    if (node.type === 'root') {
      for (const child of (node as unknown as { children: AnyNode[] }).children) visit(child, ctx);
      return;
    }
    const el = node as Element;
    if (isDropped(el)) return;
    if (el.name === 'br') {
      endLine();
      return;
    }
    const isBlock = BLOCK_TAGS.has(el.name);
    let claim = ctx.claim;
    if (!claim && isBlock && el.name !== 'body' && el.name !== 'html') {
      const found = claims.claim(el);
      if (found && textShare(el) < 0.5) claim = found;
    }
    const heading = /^h([1-6])$/.exec(el.name);
    const child: Context = {
      path: [...ctx.path, tagLabel(el)],
      ancestors: isBlock ? [el, ...ctx.ancestors].slice(0, 12) : ctx.ancestors,
      claim,
      inLink: ctx.inLink || el.name === 'a',
      inPre: ctx.inPre || el.name === 'pre',
      kind: heading ? 'heading' : el.name === 'li' ? 'list-item' : isBlock ? 'paragraph' : ctx.kind,
      headingLevel: heading ? Number(heading[1]) : isBlock ? undefined : ctx.headingLevel,
    };
    if (isBlock) flush();
    if (el.name === 'img' && el.attribs.alt && !isBlock) return;
    for (const c of el.children) visit(c, child);
    if (isBlock) flush();
    else if (el.name === 'td' || el.name === 'th') line += ' ';
  };

  visit(root, { path: [], ancestors: [], inLink: false, inPre: false, kind: 'paragraph' });
  flush();
  return blocks;
}

function tagLabel(el: Element): string {
  const cls = (el.attribs.class ?? '').trim().split(/\s+/)[0];
  const id = el.attribs.id;
  return el.name + (id ? `#${id}` : '') + (cls ? `.${cls}` : '');
}
