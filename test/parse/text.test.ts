import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';

describe('parseText', () => {
  it('splits blocks on blank lines and keeps each line addressable with offsets', () => {
    const source = 'Title here\n\nFirst line\n  Second line  \n\n\n\nLast block.';
    const doc = parseText(source);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Title here', 'First line\nSecond line', 'Last block.']);
    for (const block of doc.blocks) {
      for (const line of block.lines) expect(source.slice(line.start, line.end)).toBe(line.text);
      expect(block.index).toBe(doc.blocks.indexOf(block));
    }
  });

  it('treats lines of only spaces as blank', () => {
    expect(parseText('one\n   \t\ntwo').blocks).toHaveLength(2);
  });

  it('computes the features rules rely on', () => {
    const prose = parseText('The minister said on Tuesday that the budget would be cut. It was a surprise to many.').blocks[0]!.features;
    expect(prose.words).toBe(17);
    expect(prose.sentenceEnds).toBe(2);
    expect(prose.endsWithSentence).toBe(true);
    expect(prose.stopWordRatio).toBeGreaterThan(0.3);
    const menu = parseText('Home\nWorld News\nBusiness Sport').blocks[0]!.features;
    expect(menu.capitalisedRatio).toBe(1);
    expect(menu.endsWithSentence).toBe(false);
    expect(menu.stopWordRatio).toBe(0);
  });

  it('sees a sentence end behind closing quotes', () => {
    expect(parseText('He said: "It is over."').blocks[0]!.features.endsWithSentence).toBe(true);
    expect(parseText('has described as "correct and brave"').blocks[0]!.features.endsWithSentence).toBe(false);
  });

  it('gives an empty document for empty input', () => {
    expect(parseText('').blocks).toEqual([]);
    expect(parseText('\n\n  \n').blocks).toEqual([]);
  });
});
