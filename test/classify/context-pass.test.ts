import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';
import { emptyVerdicts } from '../../src/classify/verdicts.js';
import { applyContext, findMainRun } from '../../src/classify/context-pass.js';

const P = (n: number) =>
  `Paragraph ${n} of the story says that the council approved the plan on Tuesday, and that the work will start in the spring of next year.`;

function settle(source: string, removed: Record<number, 'comments' | 'donation'> = {}) {
  const doc = parseText(source);
  const verdicts = emptyVerdicts(doc.blocks.length);
  for (const [i, category] of Object.entries(removed)) verdicts[Number(i)]!.block = { rule: category, category, reason: 'test' };
  const run = findMainRun(doc, verdicts);
  applyContext(doc, verdicts, run);
  return { run, kept: doc.blocks.filter((b) => !verdicts[b.index]!.block).map((b) => b.text), verdicts };
}

describe('context pass', () => {
  it('keeps the main run of prose with its subheadings and drops menus and headline lists around it', () => {
    const source = ['Home\nWorld\nBusiness', P(1), 'A Subheading Here', P(2), P(3), 'Most Read Stories\nAnother Headline Here\nThird Headline'].join('\n\n');
    const { kept, verdicts } = settle(source);
    expect(kept).toEqual([P(1), 'A Subheading Here', P(2), P(3)]);
    expect(verdicts[0]!.block?.rule).toBe('context/before-article');
    expect(verdicts[5]!.block?.rule).toBe('context/after-article');
  });

  it('does not let a removed widget inside the article split it', () => {
    const source = [P(1), 'Support us', 'Your gift keeps our reporting free for everyone. Please give today.', P(2)].join('\n\n');
    expect(settle(source, { 1: 'donation', 2: 'donation' }).kept).toEqual([P(1), P(2)]);
  });

  it('drops everything after a comment-section header that follows the article', () => {
    const source = [P(1), P(2), 'Join the conversation', 'I think this is a great decision and I hope it will be done soon, wrote one reader.', P(3)].join('\n\n');
    const { kept, verdicts } = settle(source, { 2: 'comments' });
    expect(kept).toEqual([P(1), P(2)]);
    expect(verdicts[4]!.block?.rule).toBe('context/after-comments');
  });

  it('gives a short block between two removed blocks of one category to that widget', () => {
    const source = [P(1), 'Support our journalism', 'Dear readers,', 'Every contribution counts, and we need yours.', P(2)].join('\n\n');
    const { verdicts } = settle(source, { 1: 'donation', 3: 'donation' });
    expect(verdicts[2]!.block?.category).toBe('donation');
  });

  it('finds no run in a document without prose and removes nothing', () => {
    const { run, kept } = settle('Home\n\nNews\n\nSport');
    expect(run.first).toBe(-1);
    expect(kept).toEqual(['Home', 'News', 'Sport']);
  });
});
