/**
 * The dates a page's markup gives, each with where it was read (MarkupHints.dates):
 * JSON-LD's datePublished and dateModified, the <meta> tags', and the first <time datetime>.
 *
 * Besides the standard names (article:published_time, itemprop datePublished), CMSs,
 * analytics tags and library catalogues name a page's date in many ways: DC.Date,
 * citation_date, parsely-pub-date, sailthru.date, published-date, and article:published_time
 * under `name` instead of `property`. A meta tag or an itemprop element whose name speaks
 * of a date is read too, under its own source (`meta:dated`, `meta:updated`), so that the
 * date model weighs these apart from the standard tags. A date in the page's address
 * (canonical link or og:url: "/2025/12/18/title/") is one more, under `url`.
 */
import type { Element } from 'domhandler';
import { metaContent, type PageElements } from './page-elements.js';
import { dateInUrl } from './url-date.js';

export interface MarkupDate {
  source: string;
  value: string;
}

/** The standard tags, in the order they are trusted. */
const STANDARD_PUBLISHED: readonly [string, string][] = [['property', 'article:published_time'], ['name', 'date'], ['itemprop', 'datePublished']];
const STANDARD_MODIFIED: readonly [string, string][] = [['property', 'article:modified_time'], ['property', 'og:updated_time'], ['itemprop', 'dateModified']];

/** A name that speaks of a date or of publishing ("DC.Date", "parsely-pub-date", "citation_publication_date"). */
const DATED_NAME = /date|time|publish|issued/i;
/** ...of a later change to the page. */
const UPDATED_NAME = /modif|updat|lastmod|revis|review/i;
/** ...of something else: when a page or offer expires, an event starts, a person was born, a file was made. */
const OTHER_DATE = /expir|valid|start|end|birth|event|copyright|upload|print|crawl|index|cache|refresh|viewport|format|zone|read|duration/i;

export function readMarkupDates(page: PageElements, ld: { datePublished?: string; dateModified?: string }): MarkupDate[] {
  const first = (tags: readonly [string, string][]) => tags.map(([attribute, value]) => metaContent(page, attribute, value)).find((v) => v !== undefined);
  const dates: MarkupDate[] = [];
  const add = (source: string, value: string | undefined) => {
    if (value) dates.push({ source, value });
  };
  add('ld:published', ld.datePublished);
  add('ld:modified', ld.dateModified);
  add('meta:published', first(STANDARD_PUBLISHED));
  add('meta:modified', first(STANDARD_MODIFIED));
  add('time', page.time?.attribs.datetime);
  const { dated, updated } = otherDatedTags(page);
  add('meta:dated', dated);
  add('meta:updated', updated);
  add('url', dateInUrl(page.canonical?.attribs.href) ?? dateInUrl(metaContent(page, 'property', 'og:url')));
  return dates;
}

/** The first other dated and updated values of meta tags and itemprop elements, the standard tags left out. */
function otherDatedTags(page: PageElements): { dated?: string; updated?: string } {
  let dated: string | undefined;
  let updated: string | undefined;
  const read = (el: Element, name: string | undefined, value: string | undefined) => {
    if (!name || !value?.trim() || !DATED_NAME.test(name) || OTHER_DATE.test(name) || isStandard(el, name)) return;
    if (UPDATED_NAME.test(name)) updated ??= value.trim();
    else dated ??= value.trim();
  };
  for (const m of page.metas) read(m, m.attribs.name ?? m.attribs.property ?? m.attribs.itemprop, m.attribs.content);
  for (const el of page.named) {
    if (el.name === 'meta' || el.attribs.itemprop === undefined) continue;
    read(el, el.attribs.itemprop, el.attribs.datetime ?? el.attribs.content);
  }
  return { dated, updated };
}

function isStandard(el: Element, name: string): boolean {
  return [...STANDARD_PUBLISHED, ...STANDARD_MODIFIED].some(([attribute, value]) => el.attribs[attribute] === value && name === value);
}
