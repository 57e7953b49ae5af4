/**
 * Finds the article's title in a text dump: a headline-shaped block before the article
 * body. A headline repeated elsewhere on the page (breadcrumb, page title) scores higher;
 * so does one nearer the body.
 */
import type { Block } from '../types.js';
import type { BlockVerdict } from '../classify/verdicts.js';

const NOT_A_HEADLINE = /^(by|von|par|por)\s|^\W*$|\b(updated|published|min read|ago)\b|\d{1,2}:\d{2}/i;

export function findTitle(blocks: readonly Block[], verdicts: readonly BlockVerdict[], bodyStart: number): number | undefined {
  const end = bodyStart === -1 ? blocks.length : bodyStart;
  const seen = countTexts(blocks);
  let best: { index: number; score: number } | undefined;
  for (let i = 0; i < end; i++) {
    const block = blocks[i]!;
    if (verdicts[i]!.block || block.lines.length > 1) continue;
    const f = block.features;
    if (f.words < 2 || f.words > 30 || NOT_A_HEADLINE.test(block.text)) continue;
    if (/[.:,;]$/.test(block.text) && !/\.\.\.$/.test(block.text)) continue;
    let score = Math.min(f.words, 8);
    if (f.words < 4) score -= 4;
    if ((seen.get(key(block.text)) ?? 0) > 1) score += 3;
    score -= (end - i) * 0.5;
    if (!best || score > best.score) best = { index: i, score };
  }
  return best?.index;
}

const key = (text: string) => text.toLowerCase().replace(/\W+/g, ' ').trim();

/** How often each line appears in the document, to spot a headline that repeats. */
function countTexts(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    for (const line of block.lines) {
      const k = key(line.text);
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}
