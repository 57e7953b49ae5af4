/**
 * Nodes whose text a reader never sees: they go before any text is taken. Some are never
 * shown (scripts, form controls); others the markup hides until a script or the reader
 * shows them (hidden attribute, display:none, <noscript>, <template>): those stay hidden
 * unless the page's article is found inside one (see hidden-article.ts).
 */
import type { Element } from 'domhandler';

const NEVER_SHOWN_TAGS = new Set([
  'script', 'style', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'title', 'meta', 'link', 'input', 'select', 'option', 'textarea', 'button', 'datalist', 'dialog',
]);

/** Shown only without scripts, or only once a script uses them. */
const HIDING_TAGS = new Set(['noscript', 'template']);

/** Class names that CSS frameworks use to hide an element (the page's CSS itself is not applied). */
const HIDDEN_CLASS = /(?:^|\s)(hidden|hide|d-none|is-hidden|visually-hidden|sr-only|screen-reader-text|screenreader-only|u-hidden)(?:\s|$)/i;

const DISPLAY_NONE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|$|!)/i;

/** Whether the element is never shown as text: scripts, styles, form controls, embedded media, dialogs. */
export function isNeverShown(el: Element): boolean {
  return NEVER_SHOWN_TAGS.has(el.name) || el.attribs.type === 'hidden';
}

/**
 * Whether the markup hides the element until a script or the reader shows it, or hides it
 * from screen readers (aria-hidden: mostly copies of text shown elsewhere).
 */
export function isHidden(el: Element): boolean {
  if (HIDING_TAGS.has(el.name)) return !isShadowRoot(el);
  const a = el.attribs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true') return true;
  if (a.style && DISPLAY_NONE.test(a.style)) return true;
  return a.class !== undefined && HIDDEN_CLASS.test(a.class);
}

/** A declarative shadow root: the browser shows its content as the parent's own. */
function isShadowRoot(el: Element): boolean {
  return el.name === 'template' && (el.attribs.shadowrootmode !== undefined || el.attribs.shadowroot !== undefined);
}
