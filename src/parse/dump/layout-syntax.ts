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
const LINK_TARGET = String.raw`\[(?:(?:[a-z][a-z\d+.-]*:\/\/|www\.|\.{0,2}\/(?![ \t])|\?(?=[\w%]))(?:[^\[\]\n]|\[[^\[\]\n]*\])*|(?:mailto:|tel:|data:|javascript:|#)[^\s\[\]]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\]`;

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
const URL_TARGETS = /(?<!!)\[(?:[a-z][a-z\d+.-]*:\/\/|www\.)(?:[^\[\]\n]|\[[^\[\]\n]*\])*\](?![(\[])/giu;

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

export function stripPlaceholders(text: string): string {
  return text.replace(PLACEHOLDERS, '').replace(/[ \t]{2,}/g, ' ').trim();
}

/**
 * html-to-text's link targets in a dump read as Markdown (its "## " and "**" made it look
 * so), taken out before the Markdown syntax is, which then tidies the spaces they leave.
 */
export function stripLinkTargets(text: string): string {
  return text.includes('[') ? text.replace(URL_TARGETS, '') : text;
}
