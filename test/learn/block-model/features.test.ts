import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/clean.js';
import { blockFeatures, FEATURE_NAMES } from '../../../src/learn/block-model/features.js';

const HTML = readFileSync(new URL('../../../fixtures/html/council-budget.html', import.meta.url), 'utf8');
const LYNX = readFileSync(new URL('../../../fixtures/dumps/council-budget.lynx.txt', import.meta.url), 'utf8');

function featuresOf(input: string) {
  const a = analyse(input);
  const rows = blockFeatures({ document: a.document, verdicts: a.verdicts, titleBlock: a.titleBlock, bodyStart: a.bodyStart, guard: a.result.guard });
  const width = FEATURE_NAMES.length;
  const at = (block: number, name: string) => {
    const i = FEATURE_NAMES.indexOf(name);
    if (i < 0) throw new Error(`no feature ${name}`);
    return rows[block * width + i]!;
  };
  const find = (text: string) => a.document.blocks.findIndex((b) => b.text.startsWith(text));
  return { a, rows, at, find };
}

describe('block model features', () => {
  it('names every column once', () => {
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
  });

  it('gives one row per block, the same each time', () => {
    const { a, rows } = featuresOf(HTML);
    expect(rows.length).toBe(a.document.blocks.length * FEATURE_NAMES.length);
    expect(rows.every(Number.isFinite)).toBe(true);
    expect(featuresOf(HTML).rows).toEqual(rows);
  });

  it("reads the rules' verdicts: the category, the context pass, what is kept", () => {
    const { a, at, find } = featuresOf(LYNX);
    // lynx sets each menu item on a line of its own: each is a block, removed as navigation.
    const menu = find('Opinion');
    expect(at(menu, 'cat_navigation')).toBe(1);
    expect(at(menu, 'removed_by_rule')).toBe(1);
    expect(at(menu, 'kept_by_rules')).toBe(0);
    // The reader's comment under the comments header: removed by the context pass.
    const comment = find('What a waste of money');
    expect(at(comment, 'prose_after-comments')).toBe(1);
    expect(at(comment, 'removed_by_prose')).toBe(1);
    const related = find('Related stories');
    expect(at(related, 'cat_related')).toBe(1);
    expect(at(related, 'removed_by_rule')).toBe(1);
    const body = find('The city council approved');
    expect(at(body, 'kept_by_rules')).toBe(1);
    expect(at(body, 'prose')).toBe(1);
    expect(at(body, 'run_inside')).toBe(1);
    expect(at(a.titleBlock!, 'is_title')).toBe(1);
    expect(at(body, 'after_title')).toBe(1);
    // A neighbour's verdict: the block before the first paragraph is the share bar.
    expect(at(body, 'nb-1_by_rule')).toBe(1);
    expect(at(body, 'doc_wrapped')).toBe(1);
  });

  it('reads HTML structure: kind, heading level, tag, the article root', () => {
    const { at, find } = featuresOf(HTML);
    const heading = find('Council tax rise');
    expect(at(heading, 'kind_heading')).toBe(1);
    expect(at(heading, 'heading_level')).toBeGreaterThan(1);
    const item = find('Library closures');
    expect(at(item, 'kind_list_item')).toBe(1);
    expect(at(item, 'tag_li')).toBe(1);
    const body = find('The city council approved');
    expect(at(body, 'tag_p')).toBe(1);
    expect(at(body, 'doc_html')).toBe(1);
    expect(at(body, 'link_density')).toBe(0);
    expect(at(body, 'words_before_share')).toBeGreaterThan(0);
    expect(at(body, 'words_before_share')).toBeLessThan(1);
  });

  it('counts repeats', () => {
    const text = ['Menu', 'Share this story', 'A first paragraph of the article says what happened in the town today, and why.', 'Share this story'].join('\n\n');
    const { at } = featuresOf(text);
    expect(at(1, 'repeat_count')).toBe(1);
    expect(at(1, 'repeat_first')).toBe(1);
    expect(at(3, 'repeat_first')).toBe(0);
  });

  it('gives no rows for an empty document', () => {
    expect(featuresOf('').rows.length).toBe(0);
  });
});
