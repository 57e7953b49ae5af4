/** Nodes whose text a reader never sees: they go before any text is taken. */
import type { Element } from 'domhandler';

const INVISIBLE_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'head', 'title', 'meta', 'link', 'input', 'select', 'option', 'textarea', 'button', 'datalist', 'dialog',
]);

/** Class names that CSS frameworks use to hide an element (the page's CSS itself is not applied). */
const HIDDEN_CLASS = /(?:^|\s)(hidden|hide|d-none|is-hidden|visually-hidden|sr-only|screen-reader-text|screenreader-only|u-hidden)(?:\s|$)/i;

const DISPLAY_NONE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$|!)/i;

export function isDropped(el: Element): boolean {
  if (INVISIBLE_TAGS.has(el.name)) return true;
  const a = el.attribs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true') return true;
  if (a.style && DISPLAY_NONE.test(a.style)) return true;
  if (a.class && HIDDEN_CLASS.test(a.class)) return true;
  if (el.name === 'input' || a.type === 'hidden') return true;
  return false;
}
