/**
 * The elements markup metadata and marked article bodies are read from, and comments
 * that swallowed markup, gathered in one pass over the page. A selector query walks the
 * whole page each time, and a page can be very large or nested tens of thousands of
 * elements deep: one walk serves them all.
 */
import type { AnyNode, Comment, Element } from 'domhandler';
import { swallowsMarkup } from './swallowed-markup.js';

export interface PageElements {
  /** The first <html> element, for its lang. */
  html?: Element;
  /** The first <title> and the first <h1>. */
  title?: Element;
  h1?: Element;
  /** Every <meta>, in page order. */
  metas: Element[];
  /** Every <script type="application/ld+json">. */
  jsonLd: Element[];
  /** The first <link rel="canonical">, the first element with rel="author", the first <time datetime>. */
  canonical?: Element;
  author?: Element;
  time?: Element;
  /** Every element with a class, id or itemprop: where article bodies are marked. */
  named: Element[];
  /** Comments that swallowed the page's markup (see swallowed-markup.ts). */
  swallowing: Comment[];
  /** The schema.org types that microdata gives its elements (itemtype="https://schema.org/Product"). */
  itemTypes: Set<string>;
  /** How many <article> elements the page holds: a listing or a thread holds many. */
  articles: number;
}

export function collectPageElements(root: AnyNode): PageElements {
  const found: PageElements = { metas: [], jsonLd: [], named: [], swallowing: [], itemTypes: new Set(), articles: 0 };
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    if (node.type === 'comment' && swallowsMarkup(node as Comment)) found.swallowing.push(node as Comment);
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const a = el.attribs;
    switch (el.name) {
      case 'html': found.html ??= el; break;
      case 'title': found.title ??= el; break;
      case 'h1': found.h1 ??= el; break;
      case 'meta': found.metas.push(el); break;
      case 'script': if (a.type === 'application/ld+json') found.jsonLd.push(el); break;
      case 'link': if (a.rel === 'canonical') found.canonical ??= el; break;
      case 'time': if (a.datetime !== undefined) found.time ??= el; break;
      case 'article': found.articles++; break;
    }
    if (a.itemtype !== undefined) for (const type of schemaTypes(a.itemtype)) found.itemTypes.add(type);
    if (a.rel === 'author') found.author ??= el;
    if (a.class !== undefined || a.id !== undefined || a.itemprop !== undefined) found.named.push(el);
  }
  return found;
}

/** The content of the page's first <meta> whose `attribute` is `value` ("property", "og:title"), trimmed; undefined when none or empty. */
export function metaContent(page: PageElements, attribute: string, value: string): string | undefined {
  return page.metas.find((m) => m.attribs[attribute] === value)?.attribs.content?.trim() || undefined;
}

/** The type names of an itemtype attribute: "https://schema.org/Product" is `Product`. */
function schemaTypes(itemtype: string): string[] {
  return itemtype.split(/\s+/).map(schemaTypeName).filter((name) => /^\w+$/.test(name));
}

/** A schema.org type without its address or prefix: "https://schema.org/Product/", "schema:Product" and "Product" are `Product`. */
export function schemaTypeName(type: string): string {
  return type.replace(/\/+$/, '').replace(/^.*[/:]/, '');
}
