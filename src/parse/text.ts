/**
 * Parses a text dump into a Document: blank lines separate blocks, and every line of a
 * block keeps its offsets so that rules can remove one line of a block.
 */
import type { Block, Document, Line } from '../types.js';
import { stopWordsFor } from '../text/stop-words.js';
import { computeFeatures } from './features.js';

export function parseText(source: string, lang?: string): Document {
  const stopWords = stopWordsFor(lang);
  const blocks: Block[] = [];
  let lines: Line[] = [];

  const flush = () => {
    if (lines.length === 0) return;
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
