/**
 * Parses a text dump into a Document: blank lines separate blocks, and every line of a
 * block keeps its offsets so that rules can remove one line of a block.
 */
import type { Block, Document, Line } from '../types.js';
import { stopWordsFor } from '../text/stop-words.js';
import { computeFeatures } from './features.js';
import { wordsOf } from '../text/words.js';

/** A line this long is a paragraph in itself. */
const PARAGRAPH_LINE_WORDS = 20;

export function parseText(source: string, lang?: string): Document {
  const stopWords = stopWordsFor(lang);
  const blocks: Block[] = [];
  let lines: Line[] = [];

  const push = (lines: Line[]) => {
    const text = lines.map((l) => l.text).join('\n');
    blocks.push({
      index: blocks.length,
      kind: 'paragraph',
      text,
      lines,
      start: lines[0]!.start,
      end: lines[lines.length - 1]!.end,
      features: computeFeatures(text, stopWords),
    });
  };
  const flush = () => {
    if (lines.length === 0) return;
    // Dumps that put paragraphs on single lines with no blank line between them: a line
    // of running text is a paragraph of its own, not one line of a bigger block.
    if (lines.length > 1 && lines.some((l) => wordsOf(l.text).length >= PARAGRAPH_LINE_WORDS)) for (const line of lines) push([line]);
    else push(lines);
    lines = [];
  };

  let pos = 0;
  while (pos <= source.length) {
    let nl = source.indexOf('\n', pos);
    if (nl === -1) nl = source.length;
    const raw = source.slice(pos, nl);
    // Trim spaces (and a CR) around the line but keep offsets pointing at its real text.
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text === '') flush();
    else lines.push({ text, start: pos + lead, end: pos + lead + text.length });
    pos = nl + 1;
  }
  flush();
  return { source, inputKind: 'text', blocks, lang };
}
