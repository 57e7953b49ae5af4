/**
 * Tells an HTML page from a text dump by its first characters, as `clean()` and the
 * command both do when not told. A page starts with a doctype, <html>, <head>, <body> or
 * <meta> (after comments and an XML declaration); a fragment (what a scraper saved of one
 * element) starts with an HTML element and closes several more soon after. Text that
 * merely begins with a "<" or quotes a tag is still text.
 */
export type SniffedKind = 'text' | 'html';

const PAGE_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<\?xml[^>]*>\s*<(?:!doctype )?html)/i;
const FRAGMENT_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:div|p|article|section|main|header|span|table|ul|ol|h[1-6]|a|img|figure|nav|aside|form|link|script|style|title|noscript|iframe|svg|br|hr|blockquote|pre)[\s>/]/i;
/** Closing tags a fragment shows in its first few kilobytes. */
const MIN_CLOSING_TAGS = 3;
/** How much of the input the sniff reads. */
export const SNIFF_LENGTH = 4096;

export function sniffInputKind(text: string): SniffedKind {
  const head = text.slice(0, SNIFF_LENGTH).replace(/^\uFEFF/, '');
  if (PAGE_START.test(head)) return 'html';
  if (FRAGMENT_START.test(head) && (head.match(/<\/[a-z][a-z0-9]*\s*>/gi)?.length ?? 0) >= MIN_CLOSING_TAGS) return 'html';
  return 'text';
}
