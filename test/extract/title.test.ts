import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';
import { emptyVerdicts } from '../../src/classify/verdicts.js';
import { findRepeatedPageTitle, findTitle } from '../../src/extract/title.js';

function title(blocks: string[], bodyStart = blocks.length) {
  const doc = parseText(blocks.join('\n\n'));
  const i = findTitle(doc.blocks, emptyVerdicts(doc.blocks.length), bodyStart);
  return i === undefined ? undefined : doc.blocks[i]!.text;
}

describe('findTitle', () => {
  it('takes the headline before the body, not a label, byline or caption', () => {
    expect(title(['Breaking News', 'Republicans Are Following Trump to Nowhere', 'By Jamelle Bouie', 'Opinion Columnist', 'Trump at a rally in Louisiana. Credit... Doug Mills/The New York Times'])).toBe(
      'Republicans Are Following Trump to Nowhere',
    );
  });
  it('prefers the headline the page repeats as its title with the site name', () => {
    expect(title(['Markets rally as rates hold steady - Example News', 'Live TV', 'Markets rally as rates hold steady', 'Sign in to continue watching live'])).toBe(
      'Markets rally as rates hold steady',
    );
  });
  it('finds none when nothing before the body looks like a headline', () => {
    expect(title(['Home', 'Published 19.11.2019, 08:57'])).toBeUndefined();
  });
});

describe('findRepeatedPageTitle', () => {
  const find = (blocks: string[]) => {
    const doc = parseText(blocks.join('\n\n'));
    return findRepeatedPageTitle(doc.blocks, emptyVerdicts(doc.blocks.length));
  };

  it('finds the headline that says the page title without the site name', () => {
    expect(find(['Deportees return home from US | India Post', 'Breaking News', 'Deportees return home from US', 'NEW DELHI: ...'])).toEqual({ index: 2, same: false });
    expect(find(['Opinion | Republicans Are Following Trump to Nowhere', 'Menu', 'Republicans Are Following Trump to Nowhere'])).toEqual({ index: 2, same: false });
  });

  it('marks a repeat of the whole first line as doubtful, and finds nothing when the line is not said again', () => {
    expect(find(['Home Depot Stock Is Falling', 'Shares fell.', 'Home Depot Stock Is Falling'])).toEqual({ index: 2, same: true });
    expect(find(['Home Depot Stock Is Falling', 'Shares fell.'])).toBeUndefined();
  });

  it('does not take a short label for the headline', () => {
    expect(find(['Weather - City News', 'Weather'])).toBeUndefined();
  });
});

describe('the title of a text dump', () => {
  const BODY = 'The council approved the plan on Tuesday, and the work on the new bridge will start in the spring of next year.';

  it('is not an address or a line of figures', () => {
    expect(title(['https://www.example.com/articles/home-depot-stock-earnings-5157', BODY], 1)).toBeUndefined();
    expect(title(['Palm Bay 18 22 13 17 — 70', BODY], 1)).toBeUndefined();
    expect(title(['Viera defeats Rockledge 3 to 1', BODY], 1)).toBe('Viera defeats Rockledge 3 to 1');
  });

  it("leaves out the site's name when the page's <title> line is the title", async () => {
    const { clean } = await import('../../src/clean.js');
    expect(clean(['Home Depot Stock Falls After Earnings Report - Barron\'s', BODY].join('\n\n')).title).toBe('Home Depot Stock Falls After Earnings Report');
    expect(clean(['Example News | Bridge plan approved after long debate', BODY].join('\n\n')).title).toBe('Bridge plan approved after long debate');
  });
});
