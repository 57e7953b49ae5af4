import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';
import { emptyVerdicts, removeLine } from '../../src/classify/verdicts.js';
import { assembleParagraphs } from '../../src/extract/paragraphs.js';

const WIDGET = { rule: 'donation', category: 'donation' as const, reason: 'test' };

function assemble(source: string, removeBlocks: number[] = []) {
  const doc = parseText(source);
  const verdicts = emptyVerdicts(doc.blocks.length);
  for (const i of removeBlocks) verdicts[i]!.block = WIDGET;
  return assembleParagraphs(doc.blocks, verdicts, new Set());
}

describe('assembleParagraphs', () => {
  it('rejoins a sentence the page broke in two', () => {
    const out = assemble('He was welcomed in Moscow. Russia\'s Prime Minister, Vladimir Putin, has described as "correct and brave"\n\nBarack Obama\'s decision to drop the missile shield intended for Europe.');
    expect(out).toEqual(['He was welcomed in Moscow. Russia\'s Prime Minister, Vladimir Putin, has described as "correct and brave" Barack Obama\'s decision to drop the missile shield intended for Europe.']);
  });

  it('rejoins across a removed widget', () => {
    const out = assemble('The committee will meet again next week to discuss the proposals that were tabled by\n\nSupport us today!\n\nthe opposition parties in the regional parliament.', [1]);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('tabled by the opposition parties');
  });

  it('keeps complete paragraphs and headings apart', () => {
    expect(assemble('A first complete sentence of the article ends here with a full stop.\n\nA second paragraph starts here and also ends properly.')).toHaveLength(2);
    expect(assemble('US FALLS\n\nThe United States lost to Canada for the first time in the Davis Cup.')).toHaveLength(2);
    expect(assemble('The minister listed three reasons for the decision to close the plant early:\n\nCosts have risen sharply.')).toHaveLength(2);
  });

  it('drops removed lines of a kept block and turns non-breaking spaces into spaces', () => {
    const doc = parseText('The\u00a0Independent said so.\nShare on Facebook');
    const verdicts = emptyVerdicts(1);
    removeLine(verdicts[0]!, 1, { rule: 'share', category: 'share', reason: 'test' });
    expect(assembleParagraphs(doc.blocks, verdicts, new Set())).toEqual(['The Independent said so.']);
  });

  it('joins a drop cap the page set apart from its word, but not a word of one letter', () => {
    expect(assemble('T he Davis Cup Final began on Monday in Madrid.\n\nA man walked in.\n\nI think so.')).toEqual([
      'The Davis Cup Final began on Monday in Madrid.',
      'A man walked in.',
      'I think so.',
    ]);
  });
});
