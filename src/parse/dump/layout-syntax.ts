/**
 * What text browsers (lynx, w3m) and HTML-to-text converters (html2text's text mode,
 * html-to-text, pandoc -t plain) write around a page's text: list bullets, link numbers
 * ("[12]Home") and link targets ("Home [/]"), image and form placeholders ("[IMG]",
 * "(BUTTON)"). They are layout, not words of the page.
 */
import type { LineMark } from './markdown-syntax.js';

/** lynx's *, +, o, #, @; w3m's •, □, ◦, ▪, ■; html-to-text's and pandoc's * and -; numbered items. */
const BULLET = /^(?:[*+#@•◦▪▫■□●○◆◇‣⁃–-]|o(?=[ \t]+\S)|\d{1,4}[.)]|[a-zA-Z][.)](?=[ \t]+\S))[ \t]+(?=\S)/u;
/**
 * html-to-text's link and image targets after their text: "About [/about/]",
 * "[https://example.com/x]", "[data:image/...]". The tool writes an href as the page gives
 * it, spaces and all ("[https://x.com/intent/tweet?text=A title&url=...]", "[/signup?utm_content=Try
 * it now]"), a mailto link without its scheme ("[jane@example.org]"), a share-by-mail link
 * as its query ("[?subject=...&body=...]"). A bracket that opens with a scheme, "www.", a
 * path or a query is a target to its close, on one logical line; "#" anchors and the rest
 * have no spaces. A target holds brackets only in pairs ("?p[url]=", "["Living"]"): a
 * scan from an opening bracket stops at the next one left open, so a line of thousands of
 * unclosed "[https://" costs its length, not its square.
 */
/** How a URL opens: a scheme, or "www.". */
export const URL_OPENING = String.raw`[a-z][a-z\d+.-]*:\/\/|www\.`;
const LINK_TARGET = String.raw`\[(?:(?:${URL_OPENING}|\.{0,2}\/(?![ \t])|\?(?=[\w%]))(?:[^\[\]\n]|\[[^\[\]\n]*\])*|(?:mailto:|tel:|data:|javascript:|#)[^\s\[\]]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\]`;

/**
 * lynx's link numbers, html-to-text's link targets, and placeholders for images and form
 * controls (lynx's ____ and w3m's [    ] text fields, [ ] boxes).
 */
const PLACEHOLDERS = new RegExp(
  String.raw`\[\d+\](?=\S)|${LINK_TARGET}|\[(?:IMG|INLINE|LINK|BUTTON|INPUT|[\w.-]+\.(?:png|jpe?g|gif|svg|webp))\]|\((?:BUTTON|submit|reset|RADIO|checkbox|Text Area|Option List)\)|_{4,}|\[[ xX*]?\]|\[ {4,}\]`,
  'giu',
);
/**
 * In a dump read as Markdown, only a whole URL in brackets ("[/quote]" there is a forum's
 * markup), and not the text of a Markdown link or reference ("[https://x.com](...)").
 */
const URL_TARGETS = new RegExp(String.raw`(?<!!)\[(?:${URL_OPENING})(?:[^\[\]\n]|\[[^\[\]\n]*\])*\](?![(\[])`, 'giu');

/** A link target as html-to-text writes it, whole on its line: "[https://x.com/a]", "[/about/]". */
const WRITTEN_TARGET = /\[(?:https?:\/\/|www\.|\/)[^\s\[\]]*\]/u;
/** Lines with such a target a dump needs to be one that writes them: no browser dump or plain walk of 1,428 pages had three. */
const MIN_TARGET_LINES = 3;

/** Whether a dump writes links' targets after their text, as html-to-text does. */
export function writesLinkTargets(lines: readonly { text: string }[]): boolean {
  let found = 0;
  for (const line of lines) if (line.text.includes('[') && WRITTEN_TARGET.test(line.text) && ++found >= MIN_TARGET_LINES) return true;
  return false;
}

/**
 * In a dump that writes links' targets, a URL the page shows as a link is followed by its
 * target ("www.x.com [https://www.x.com]"), and one in the page's text stands among its
 * words. The href of an anchor with no text of its own (an image's, an icon's, an empty
 * one) is written bare: glued to the text or image before it ("Get started for
 * freehttps://...", "[banner.webp]https://...") or on a line of URLs and counts (a share
 * bar's "0 https://facebook.com/sharer... 0 https://twitter.com/intent..."). A URL inside
 * another ("?u=https://...", "/https://...") is part of it. Read token by token, so a line
 * costs its length whatever it holds.
 */
const TOKEN = /[^\s\[\]]+/gu;
const URL_START = /(?:https?|ftp):\/\/|www\./iu;
/** What a scheme may be glued to: the text or markup before it; "www." only to markup. */
const BEFORE_SCHEME = /[\p{L}\p{N}\])>"'*]/u;
const BEFORE_WWW = /[\])>"'*]/u;
/** A token of a line of bare hrefs besides the URLs: a bullet, a count. */
const COUNT_OR_MARK = /^[\p{N}\p{P}\p{S}]*$/u;

/**
 * Takes out the hrefs a dump that writes links' targets wrote bare; the spaces left are
 * tidied by the caller. `targetNext`: the next line opens with a target, which may be the
 * one of a URL that ends this line.
 */
export function stripBareHrefs(text: string, targetNext = false): string {
  if (!text.includes('://') && !text.includes('www.')) return text;
  const words = text.replace(PLACEHOLDERS, ' ').split(/\s+/u).filter((t) => t !== '');
  const hrefsOnly = words.every((t) => URL_START.test(t) || COUNT_OR_MARK.test(t));
  let kept = false;
  const out = text.replace(TOKEN, (token: string, offset: number) => {
    const url = URL_START.exec(token);
    if (!url) return token;
    const before = url.index > 0 ? token[url.index - 1]! : offset > 0 ? text[offset - 1]! : '';
    const glued = before !== '' && !/\s/u.test(before);
    if (glued ? !(url[0].length === 4 ? BEFORE_WWW : BEFORE_SCHEME).test(before) : !hrefsOnly) return token;
    // Followed by its target: a URL the page shows.
    let next = offset + token.length;
    while (text[next] === ' ' || text[next] === '\t') next++;
    if (text[next] === '[' || (next === text.length && targetNext)) {
      kept = true;
      return token;
    }
    return token.slice(0, url.index);
  });
  // A line of bare hrefs goes whole, with the counts and bullets between them.
  return hrefsOnly && !kept ? '' : out;
}

export function layoutMark(text: string): LineMark {
  const m = BULLET.exec(text);
  return m ? { syntax: { kind: 'item', ordered: /\d/.test(m[0]) }, skip: m[0].length } : { skip: 0 };
}

/**
 * A bullet with nothing after it: an item whose content the browser set on the next lines (a
 * nested list, a block), or that held only an image. Layout, and lynx's "o" is no word.
 */
const LONE_BULLET = /^(?:[*+#@•◦▪▫■□●○◆◇‣⁃–-]|o)$/u;

export function isLoneBullet(text: string): boolean {
  return LONE_BULLET.test(text.trim());
}

/** A link target before punctuation, with the space before it: "A [/a], B" reads "A, B". */
const TARGET_BEFORE_MARK = new RegExp(String.raw`(?<![ \t])[ \t]+${LINK_TARGET}(?=[,.;:!?)])`, 'giu');

export function stripPlaceholders(text: string): string {
  const marked = text.includes('[') ? text.replace(TARGET_BEFORE_MARK, '') : text;
  return marked.replace(PLACEHOLDERS, '').replace(/[ \t]{2,}/g, ' ').trim();
}

/**
 * html-to-text's link targets in a dump read as Markdown (its "## " and "**" made it look
 * so), taken out before the Markdown syntax is, which then tidies the spaces they leave.
 */
export function stripLinkTargets(text: string): string {
  return text.includes('[') ? text.replace(URL_TARGETS, '') : text;
}
