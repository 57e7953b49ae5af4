import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';
import { emptyVerdicts } from '../../src/classify/verdicts.js';
import { removeHeaderMatter } from '../../src/classify/header-zone.js';

const META = { rule: 'metadata', category: 'metadata' as const, reason: 'test' };

/** Blocks of a text dump; `meta` marks the blocks the metadata rule removed; the title is block 0. */
function header(blocks: string[], meta: number[]) {
  const doc = parseText(blocks.join('\n\n'));
  const verdicts = emptyVerdicts(doc.blocks.length);
  for (const i of meta) verdicts[i]!.block = META;
  removeHeaderMatter(doc, verdicts, 0);
  return doc.blocks.filter((b) => !verdicts[b.index]!.block).map((b) => b.text);
}

const BODY = 'Americans have gone to the polls four times this month to vote in major statewide elections, and each time the president asked them for a win.';

describe('header zone', () => {
  it('drops the standfirst between the headline and the byline', () => {
    const standfirst = 'There is an impeachment lesson hiding in the president’s failure to produce the results he wants.';
    expect(header(['Republicans Are Following Trump to Nowhere', standfirst, 'By Jamelle Bouie', BODY], [2])).toEqual([
      'Republicans Are Following Trump to Nowhere',
      BODY,
    ]);
  });

  it('drops a caption that stands between two pieces of metadata', () => {
    const caption = 'Kristi Noem, governor of South Dakota, pictured at the White House in 2018, when she was a congresswoman.';
    expect(header(['South Dakota doubles down', 'Updated Nov 19, 9:41 AM', caption, 'By Amy Kuperinsky', BODY], [1, 3])).toEqual(['South Dakota doubles down', BODY]);
  });

  it('keeps the first paragraph when the byline comes later, after the body has begun', () => {
    const second = 'The stabbing occurred during a presentation at the clinic, where the victim had worked as a doctor for many years.';
    const blocks = ['Son of former German president stabbed', 'By Staff', BODY, second, 'Other headline', 'By Reuters'];
    expect(header(blocks, [1, 5])).toEqual(['Son of former German president stabbed', BODY, second, 'Other headline']);
  });

  it('keeps a long first paragraph that stands before the byline', () => {
    const long = `${BODY} ${BODY}`;
    expect(header(['A headline here', long, 'By Jane Doe', BODY], [2])).toEqual(['A headline here', long, BODY]);
  });
});
