/**
 * A dump's lines as the parser reads them — wrapped paragraphs joined, layout and Markdown
 * syntax set apart — without building the document: what learning a site's template
 * compares across pages, so that it sees the lines the rules will see.
 */
import { physicalLines } from './physical-lines.js';
import { detectFormat } from './detect-format.js';
import { logicalLines } from './logical-lines.js';

export function dumpLines(source: string, format?: 'text' | 'markdown'): string[] {
  const physical = physicalLines(source);
  const shape = detectFormat(physical, format);
  return (shape.format === 'lines' ? physical : logicalLines(physical, shape).lines).map((line) => line.text);
}
