/**
 * HTML pages shaped to make a cleaner slow — nesting 200,000 deep, 200,000 attributes on one
 * element, 2 MB in one line, tens of thousands of short lines, tags and quotes left open —
 * cost about what a normal article page of the same size costs: a ratio measured in one
 * child process (test/workloads/time-shapes.mjs), not a limit in seconds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { inChild } from './helpers/in-child.js';

const MB = 1_000_000;

/** HTML's worst shapes may cost this much over a normal article page of the same size. */
const MAX_HTML_RATIO = 8;

describe('pathological HTML', () => {
  // 200,000 nested elements, 200,000 attributes, 2 MB in one line, tens of thousands of short lines: all about 2.2 MB.
  const shapes = ['deep nesting', 'attributes on one element', 'a page in one line', 'many short lines', 'unclosed tags and quotes'];
  let ratios: Record<string, number>;
  beforeAll(async () => {
    ratios = (await inChild<{ ratios: Record<string, number> }>('time-shapes', { kind: 'html', size: 2.2 * MB, shapes }, { timeoutMs: 240_000 })).answer.ratios;
  }, 240_000);

  it.each(shapes)('%s is cleaned in time linear in its size', (shape) => {
    expect(ratios[shape]).toBeLessThan(MAX_HTML_RATIO);
  });
});
