import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../src/classify/html/index.js';
import { emptyVerdicts } from '../../src/classify/verdicts.js';
import { removeRestOfLists } from '../../src/classify/html-lists.js';

const RELATED = { rule: 'related', category: 'related' as const, reason: 'test' };

function settle(html: string, removed: number[]) {
  const doc = htmlDocument(html, []);
  const verdicts = emptyVerdicts(doc.blocks.length);
  for (const i of removed) verdicts[i]!.block = RELATED;
  removeRestOfLists(doc, verdicts);
  return doc.blocks.map((b, i) => [b.text, verdicts[i]!.block?.category ?? 'kept']);
}

describe('removeRestOfLists', () => {
  it('removes the linked items left in a list whose other items a rule removed', () => {
    const html = '<ul><li><a href="/a">Harbour fees rise</a></li><li><a href="/b">Ferry changes</a></li><li><a href="/c">Bridge delayed</a></li><li>Plain words here</li></ul>';
    expect(settle(html, [0, 1, 2])).toEqual([['Harbour fees rise', 'related'], ['Ferry changes', 'related'], ['Bridge delayed', 'related'], ['Plain words here', 'kept']]);
    expect(settle(html, [0, 1])).toEqual([['Harbour fees rise', 'related'], ['Ferry changes', 'related'], ['Bridge delayed', 'kept'], ['Plain words here', 'kept']]);
  });

  it('treats consecutive one-item lists under one parent as one list', () => {
    const html = '<div>' + ['One story', 'Two story', 'Three story'].map((t) => `<ul><li><a href="/">${t}</a></li></ul>`).join('') + '</div>';
    expect(settle(html, [0, 1]).map(([, c]) => c)).toEqual(['related', 'related', 'related']);
  });

  it('removes a list of links under a removed header, but not a list with plain items', () => {
    expect(settle('<h4>More:</h4><ul><li><a href="/a">Harbour fees rise</a></li><li><a href="/b">Ferry changes</a></li></ul>', [0]).map(([, c]) => c)).toEqual(['related', 'related', 'related']);
    expect(settle('<h4>More:</h4><ul><li><a href="/a">Harbour fees rise</a></li><li>Ferry changes</li></ul>', [0]).map(([, c]) => c)).toEqual(['related', 'kept', 'kept']);
  });
});
