import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';
import { emptyVerdicts, removeLine } from '../../src/classify/verdicts.js';
import { assembleParagraphs } from '../../src/extract/paragraphs.js';
import { clean } from '../../src/clean.js';

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

  it('never takes a list item or a heading for half of a broken sentence', () => {
    // An item without a full stop, a heading in capitals, then a paragraph (html-to-text's dump of a page).
    const doc = parseText([
      'Universal format that matches API documentation and can be shared with third-party support teams',
      'SOLUTION: DELEGATINGHANDLER FOR HTTP OBSERVABILITY',
      'The library addresses the HTTP visibility problem by implementing a custom handler that logs each raw message.',
    ].join('\n\n'));
    const assembled = () => assembleParagraphs(doc.blocks, emptyVerdicts(doc.blocks.length), new Set());
    // Read as paragraphs, the three run on as one broken sentence.
    expect(assembled()).toHaveLength(1);
    doc.blocks[0]!.kind = 'list-item';
    doc.blocks[1]!.kind = 'heading';
    expect(assembled()).toHaveLength(3);
    // In HTML the same: an item of a list is not rejoined with the paragraph after it.
    const html = clean('<html><body><article><h1>Raw HTTP logging</h1><p>Debugging HTTP integrations often needs the exact messages sent and received over the wire, which is hard to see.</p><ul><li>Universal format that matches API documentation and can be shared with third-party support teams</li></ul><p>The library addresses the HTTP visibility problem by implementing a custom handler that logs each message.</p></article></body></html>');
    expect(html.paragraphs.at(-1)).toMatch(/^The library addresses/);
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
