/**
 * Walks a cleaned DOM into blocks: every block-level element starts a new block, <br>
 * starts a new line, inline text joins the current block. Each block remembers its tag
 * path, heading level, list membership, the share of its text inside links, and the
 * block-level elements around it; each block-level element, the range of blocks it holds.
 *
 * The walk starts at the document's root, not at the first <body>: the parser nests a
 * stray second document ("<html><head>…<body>" from a template) where it stands, often
 * inside <head>, and leaves what follows a stray "</body></html>" outside <html>. The
 * browser shows all of that as the page's body, and so does the walk: <html> is a
 * transparent container, and so is <head> for the <html> and <body> inside it.
 */
import type { AnyNode, Element } from 'domhandler';
import type { BlockKind } from '../../types.js';
import { isHidden, isNeverShown } from './dropped-nodes.js';
import { checkClock } from '../../document-clock.js';

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

export interface RawBlock {
  kind: BlockKind;
  lines: string[];
  /** The indentation of the block's preformatted lines, by line (none where it has none). */
  codeIndents?: number[];
  headingLevel?: number;
  path: string;
  linkChars: number;
  /** Nearest ancestor elements, innermost first: used to find the article's container. */
  ancestors: Element[];
}

/** Blocks `first..last` (inclusive) lie inside the element; `last < first` when it holds none. */
export type BlockRange = readonly [first: number, last: number];

export interface WalkResult {
  blocks: RawBlock[];
  /** Per block-level element, the blocks it holds. */
  ranges: Map<Element, BlockRange>;
  /** The outermost hidden elements left out, in page order (not those revealed). */
  hidden: Element[];
}

interface Context {
  path: string[];
  ancestors: Element[];
  inLink: boolean;
  inPre: boolean;
  kind: BlockKind;
  headingLevel?: number;
}

/** Walks `root`; hidden elements in `revealed` are walked as if shown. */
export function walkDom(root: AnyNode, revealed: ReadonlySet<Element> = new Set()): WalkResult {
  const blocks: RawBlock[] = [];
  const hidden: Element[] = [];
  const firstBlock = new Map<Element, number>();
  const ranges = new Map<Element, BlockRange>();
  let current: RawBlock | undefined;
  let line = '';
  /** Whether the line is inside <pre>: its runs of spaces are the code's layout, kept as they are. */
  let preformatted = false;

  const flush = () => {
    endLine();
    if (current && current.lines.length) blocks.push(current);
    current = undefined;
  };
  const endLine = () => {
    const laidOut = preformatted ? line.replace(/[\f\r\n]+/g, '').replace(/\t/g, '    ') : line.replace(/[ \t\f\r\n]+/g, ' ');
    const text = laidOut.trim();
    if (text && current) {
      current.lines.push(text);
      // A preformatted line's indentation is the code's meaning: the output puts it back.
      const indent = preformatted ? laidOut.length - laidOut.trimStart().length : 0;
      if (indent) (current.codeIndents ??= [])[current.lines.length - 1] = indent;
    }
    line = '';
    preformatted = false;
  };
  const open = (ctx: Context) => {
    current ??= { kind: ctx.kind, lines: [], headingLevel: ctx.headingLevel, path: ctx.path.slice(-6).join('>'), linkChars: 0, ancestors: ctx.ancestors };
  };

  const text = (data: string, ctx: Context) => {
    if (!data.trim() && !line) return;
    open(ctx);
    if (ctx.inPre) {
      data.split('\n').forEach((part, i) => {
        if (i > 0) endLine();
        line += part;
        preformatted = true;
      });
    } else {
      line += data;
    }
    if (ctx.inLink) current!.linkChars += data.replace(/\s+/g, ' ').trim().length;
  };

  const enter = (el: Element, ctx: Context): Context | undefined => {
    if (isNeverShown(el)) return undefined;
    if (isHidden(el) && !revealed.has(el)) {
      hidden.push(el);
      return undefined;
    }
    if (el.name === 'br') {
      endLine();
      return undefined;
    }
    const isBlock = BLOCK_TAGS.has(el.name);
    const heading = /^h([1-6])$/.exec(el.name);
    if (isBlock) {
      flush();
      firstBlock.set(el, blocks.length);
    }
    return {
      path: isBlock ? [...ctx.path.slice(-5), tagLabel(el)] : ctx.path,
      ancestors: isBlock ? [el, ...ctx.ancestors.slice(0, 11)] : ctx.ancestors,
      inLink: ctx.inLink || el.name === 'a',
      inPre: ctx.inPre || el.name === 'pre',
      kind: heading ? 'heading' : el.name === 'li' ? 'list-item' : isBlock ? 'paragraph' : ctx.kind,
      headingLevel: heading ? Number(heading[1]) : isBlock ? undefined : ctx.headingLevel,
    };
  };

  const leave = (el: Element) => {
    if (BLOCK_TAGS.has(el.name)) {
      flush();
      ranges.set(el, [firstBlock.get(el)!, blocks.length - 1]);
      firstBlock.delete(el);
    } else if (el.name === 'td' || el.name === 'th') line += ' ';
  };

  // An explicit stack rather than recursion: pages can nest elements tens of thousands deep.
  type Frame = { node: AnyNode; ctx: Context } | { leave: Element };
  const stack: Frame[] = [{ node: root, ctx: { path: [], ancestors: [], inLink: false, inPre: false, kind: 'paragraph' } }];
  while (stack.length) {
    checkClock();
    const frame = stack.pop()!;
    if ('leave' in frame) {
      leave(frame.leave);
      continue;
    }
    const { node, ctx } = frame;
    if (node.type === 'text') {
      text((node as unknown as { data: string }).data, ctx);
      continue;
    }
    let childCtx = ctx;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const entered = enter(node as Element, ctx);
      if (!entered) continue;
      childCtx = entered;
      stack.push({ leave: node as Element });
    } else if (node.type !== 'root') {
      continue;
    }
    const isHead = node.type === 'tag' && (node as Element).name === 'head';
    const children = isHead ? strayDocuments(node as Element) : (node as unknown as { children: AnyNode[] }).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, ctx: childCtx });
  }
  flush();
  return { blocks, ranges, hidden };
}

/** The <html> and <body> elements a stray document left inside <head>; the rest of <head> shows nothing. */
function strayDocuments(head: Element): AnyNode[] {
  return head.children.filter((child) => child.type === 'tag' && (child.name === 'html' || child.name === 'body'));
}

function tagLabel(el: Element): string {
  const cls = (el.attribs.class ?? '').trim().split(/\s+/)[0];
  const id = el.attribs.id;
  return el.name + (id ? `#${id}` : '') + (cls ? `.${cls}` : '');
}
