/** Plain text output: the title, a blank line, then paragraphs separated by blank lines. */
import type { CleanResult } from '../types.js';

export interface TextFormatOptions {
  /** Leave the title line out. */
  title?: boolean;
}

export function formatText(result: CleanResult, options: TextFormatOptions = {}): string {
  const parts = options.title !== false && result.title ? [result.title, ...result.paragraphs] : result.paragraphs;
  return parts.length ? parts.join('\n\n') + '\n' : '';
}
