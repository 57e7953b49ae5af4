/** JSON output: the whole result, pretty for one document, one line per document for JSON Lines. */
import type { CleanResult } from '../types.js';

export interface JsonExtras {
  /** The input's path, or "-" for stdin. */
  source?: string;
}

/** The result's fields in the order JSON output gives them. */
export function jsonFields(result: CleanResult, extras: JsonExtras = {}) {
  const { title, byline, published, site, lang, url, text, paragraphs, removedCategories, removed, guard, warnings } = result;
  return {
    ...(extras.source === undefined ? {} : { source: extras.source }),
    title, byline, published, site, lang, url,
    warnings, guard, text, paragraphs, removedCategories, removed,
  };
}

/** An object as --format json writes it (pretty), or as jsonl does (one line). */
export function jsonText(fields: object, pretty: boolean): string {
  return (pretty ? JSON.stringify(fields, null, 2) : JSON.stringify(fields)) + '\n';
}

export function formatJson(result: CleanResult, extras: JsonExtras = {}): string {
  return jsonText(jsonFields(result, extras), true);
}

export function formatJsonLine(result: CleanResult, extras: JsonExtras = {}): string {
  return jsonText(jsonFields(result, extras), false);
}
