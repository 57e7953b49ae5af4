/**
 * The benchmark's baseline: an input split into blocks at blank lines and joined again,
 * with no parsing and no rules. Run through the same reading, rendering and writing as
 * real cleaning, it shows what the cleaning itself costs.
 */
import type { CleanResult } from '../types.js';

export function identityResult(input: string): CleanResult {
  const paragraphs = input
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return { title: null, byline: null, published: null, site: null, lang: null, url: null, paragraphs, text: paragraphs.join('\n\n'), removed: [], removedCategories: [], guard: null, warnings: [] };
}
