/**
 * Article metadata from a page's markup: Open Graph and other meta tags, JSON-LD
 * (NewsArticle and friends), <h1>, <title>, <time>, rel=author, <html lang>, canonical URL.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import type { MarkupMetadata } from '../../types.js';
import { metaContent, schemaTypeName, type PageElements } from './page-elements.js';
import { readMarkupDates } from './markup-dates.js';

export function readMarkupMetadata($: CheerioAPI, page: PageElements): MarkupMetadata {
  const meta = (attribute: string, value: string) => metaContent(page, attribute, value);
  // A headline's own words: a <style> or <script> inside it is code, not words.
  const textOf = (el: Element | undefined) => (el ? text($(el).clone().find('script, style, template, noscript').remove().end().text()) || undefined : undefined);
  const ld = readJsonLd($, page.jsonLd);
  const siteName = meta('property', 'og:site_name') ?? ld.publisher;

  const headline = meta('property', 'og:title') ?? ld.headline;
  return compact({
    title: stripSiteName(headline ?? textOf(page.h1) ?? textOf(page.title), siteName),
    byline: ld.author ?? meta('name', 'author') ?? meta('property', 'article:author')?.replace(/^https?:\/\/.*/, '') ?? textOf(page.author),
    published: ld.datePublished ?? meta('property', 'article:published_time') ?? meta('name', 'date') ?? meta('itemprop', 'datePublished') ?? page.time?.attribs.datetime,
    site: siteName,
    lang: (page.html?.attribs.lang ?? meta('http-equiv', 'content-language'))?.trim().toLowerCase().split(/[-_]/)[0] || undefined,
    url: page.canonical?.attribs.href ?? meta('property', 'og:url'),
    hints: {
      pageTitle: textOf(page.title),
      headline: stripSiteName(headline, siteName),
      dates: readMarkupDates(page, ld),
      authors: compactPairs([
        ['ld', ld.author],
        ['meta', meta('name', 'author')],
        ['rel', textOf(page.author)],
      ]),
      kind: {
        types: [...new Set([...ld.types, ...page.itemTypes])],
        ogType: meta('property', 'og:type')?.toLowerCase(),
        articles: page.articles,
      },
    },
  });
}

function compactPairs(pairs: [string, string | undefined][]): { source: string; value: string }[] {
  return pairs.filter((p): p is [string, string] => !!p[1]).map(([source, value]) => ({ source, value }));
}

interface JsonLdArticle {
  headline?: string;
  author?: string;
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
  /** The @type of every item, article or not. */
  types: Set<string>;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage/;

function readJsonLd($: CheerioAPI, scripts: readonly Element[]): JsonLdArticle {
  const found: JsonLdArticle = { types: new Set() };
  for (const el of scripts) {
    let data: unknown;
    try {
      data = JSON.parse($(el).text());
    } catch {
      continue;
    }
    for (const item of flatten(data)) {
      const types = [item['@type']].flat().filter((t): t is string => typeof t === 'string');
      for (const t of types) found.types.add(schemaTypeName(t));
      const type = types.join(' ');
      if (!ARTICLE_TYPES.test(type)) continue;
      found.headline ??= str(item.headline) ?? str(item.name);
      found.author ??= names(item.author);
      found.datePublished ??= str(item.datePublished);
      found.dateModified ??= str(item.dateModified);
      found.publisher ??= names(item.publisher);
    }
  }
  return found;
}

type Json = Record<string, unknown>;

function flatten(data: unknown): Json[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (data && typeof data === 'object') {
    const obj = data as Json;
    return [obj, ...(Array.isArray(obj['@graph']) ? flatten(obj['@graph']) : [])];
  }
  return [];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? text(v) : undefined;
}

function names(v: unknown): string | undefined {
  const list = [v].flat().map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? str((x as Json).name) : undefined)).filter((x): x is string => !!x);
  return list.length ? list.join(', ') : undefined;
}

function text(s: string): string {
  return decodeEntities(s).replace(/\s+/g, ' ').trim();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** JSON-LD is script text, so the entities a CMS wrote into it ("Maria &amp; Katerina") are still there. */
function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi, (whole, dec: string, hex: string, name: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** "Headline | Site" -> "Headline" when the site is known; with "|" the longest part otherwise. */
function stripSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return undefined;
  if (site) {
    const parts = title.split(/\s+[|–—-]\s+/);
    const rest = parts.filter((p) => p.toLowerCase() !== site.toLowerCase());
    if (rest.length && rest.length < parts.length) return rest.join(' - ');
  }
  const piped = title.split(/\s+\|\s+/);
  return piped.length > 1 ? piped.reduce((a, b) => (b.length > a.length ? b : a)) : title;
}

function compact(m: MarkupMetadata): MarkupMetadata {
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined && v !== '')) as MarkupMetadata;
}
