/**
 * A line as the output writes it: its text, and before a line of code the indentation it
 * had, which parsing sets apart (rules read the text without it).
 */
import type { Line } from '../types.js';

export function writtenLine(line: Line): string {
  return line.codeIndent ? ' '.repeat(line.codeIndent) + line.text : line.text;
}
