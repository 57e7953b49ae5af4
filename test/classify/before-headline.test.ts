import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';
import { emptyVerdicts } from '../../src/classify/verdicts.js';
import { removeShortLinesBeforeHeadline } from '../../src/classify/before-headline.js';
import { clean } from '../../src/clean.js';
import { formatText } from '../../src/format/text.js';

const BODY = 'Americans have gone to the polls four times this month to vote in major statewide elections, and each time the president asked them for a win.';
const SECOND = 'The stabbing occurred during a presentation at the clinic, where the victim had worked as a doctor for many years.';

/** The blocks left of a text dump, nothing removed before, once the headline at `headline` is known. */
function kept(blocks: string[], headline: number): string[] {
  const doc = parseText(blocks.join('\n\n'));
  const verdicts = emptyVerdicts(doc.blocks.length);
  removeShortLinesBeforeHeadline(doc.blocks, verdicts, headline);
  return doc.blocks.filter((b) => !verdicts[b.index]!.block).map((b) => b.text);
}

describe('short lines before the headline', () => {
  it('go when the article starts at its headline', () => {
    expect(kept(['Dear readers,', 'Analysis', 'Republicans Are Following Trump to Nowhere', BODY, SECOND], 2)).toEqual([
      'Republicans Are Following Trump to Nowhere',
      BODY,
      SECOND,
    ]);
  });

  it('stay when a paragraph is kept before the headline', () => {
    const blocks = ['Dear readers,', BODY, 'Republicans Are Following Trump to Nowhere', SECOND];
    expect(kept(blocks, 2)).toEqual(blocks);
  });

  it('stay when there are more of them than a header holds: the page is a list', () => {
    const blocks = ['Red apples', 'Green pears', 'Yellow lemons', 'Purple plums', 'Fruit of the season', BODY];
    expect(kept(blocks, 4)).toEqual(blocks);
  });

  it('keep the output in the order of the page: the title first, nothing of the page above it', () => {
    const page = ['A Message from The Moscow Times:', 'Dear readers,', 'NATO and Russia: a new start', BODY, SECOND, 'Support The Moscow Times!'].join('\n\n');
    const result = clean(page);
    expect(result.title).toBe('NATO and Russia: a new start');
    expect(result.paragraphs).toEqual([BODY, SECOND]);
    expect(result.removed.map((r) => r.text)).toContain('Dear readers,');
    expect(formatText(result, { title: true }).startsWith('NATO and Russia: a new start')).toBe(true);
  });

  it('in HTML too', () => {
    const html = `<html><body><main><p>Dear readers,</p><h1>NATO and Russia: a new start</h1><p>${BODY}</p><p>${SECOND}</p></main></body></html>`;
    const result = clean(html, { inputKind: 'html' });
    expect(result.title).toBe('NATO and Russia: a new start');
    expect(result.paragraphs).toEqual([BODY, SECOND]);
  });
});
