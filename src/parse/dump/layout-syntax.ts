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
 * lynx's link numbers, html-to-text's link and image targets after their text ("About
 * [/about/]", "[https://example.com/x]"), and placeholders for images and form controls
 * (lynx's ____ and w3m's [    ] text fields, [ ] boxes).
 */
const PLACEHOLDERS = /\[\d+\](?=\S)|\[(?:[a-z][a-z\d+.-]*:\/\/|mailto:|tel:|data:|javascript:|www\.|\.{0,2}\/|#)[^\s\]]*\]|\[(?:IMG|INLINE|LINK|BUTTON|INPUT|[\w.-]+\.(?:png|jpe?g|gif|svg|webp))\]|\((?:BUTTON|submit|reset|RADIO|checkbox|Text Area|Option List)\)|_{4,}|\[[ xX*]?\]|\[ {4,}\]/giu;

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
