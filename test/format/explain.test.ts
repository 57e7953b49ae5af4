/** --explain as JSON: the JSON output, and the input block by block with the removals in each. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/clean.js';
import { explainFields } from '../../src/format/explain.js';
import { jsonFields } from '../../src/format/json.js';
import { ROOT } from '../helpers/cli.js';

const SEED = readFileSync(join(ROOT, 'fixtures/seeds/moscow-times-nato-missile-defence.txt'), 'utf8');

// The first clean loads language data; slow on a busy machine.
describe('explainFields', { timeout: 30_000 }, () => {
  it('gives the JSON output, then every block of the input with its status and the removals in it', () => {
    // A line a rule removes from a block that stays.
    const text = SEED.replace('A NATO spokesman said', 'Advertisement\nA NATO spokesman said');
    const analysis = analyse(text);
    const explained = explainFields(analysis, { source: 'page.txt' });
    expect(explained).toMatchObject(jsonFields(analysis.result, { source: 'page.txt' }));

    const { blocks } = explained;
    expect(blocks).toHaveLength(analysis.document.blocks.length);
    for (const block of blocks) {
      expect(text.slice(block.start, block.end)).toBe(block.text);
      for (const removal of block.removed) expect(removal.start >= block.start && removal.end <= block.end).toBe(true);
    }
    expect(blocks.flatMap((b) => b.removed)).toEqual(analysis.result.removed);

    expect(blocks.filter((b) => b.status === 'title').map((b) => b.text)).toEqual(['NATO Sees Bigger Role In New Missile System']);
    expect(blocks.find((b) => b.text === 'Sign up for our free weekly newsletter')).toMatchObject({ status: 'removed', removed: [{ rule: 'newsletter', category: 'newsletter' }] });
    expect(blocks.find((b) => b.text.startsWith('Advertisement\n'))).toMatchObject({ status: 'kept', removed: [{ rule: 'ads', text: 'Advertisement' }] });
    expect(blocks.find((b) => b.text.startsWith('BRUSSELS'))).toMatchObject({ status: 'kept', removed: [] });
  });
});
