import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/text.js';
import { runRules } from '../../src/classify/run-rules.js';
import type { Block, Category, Rule, RuleContext } from '../../src/types.js';

const STORY = 'The council approved the plan on Tuesday, and the work on the new bridge will start in the spring.';
const SOURCE = ['Advertisement', STORY, 'Share this article\nFacebook', 'Leave a comment'].join('\n\n');

function rule(id: string, category: Category, parts: Partial<Rule>): Rule {
  return { meta: { id, category, description: id, defaultOn: true }, ...parts };
}

/** A rule that removes blocks whose text is in `texts`, and notes every block it is shown. */
function removing(id: string, category: Category, texts: string[], shown: string[] = []): Rule {
  return rule(id, category, {
    classify: (block: Block) => {
      shown.push(block.text);
      return texts.includes(block.text) ? { reason: `${id} removes it` } : null;
    },
  });
}

describe('running the rules', () => {
  it('does not show a block that an earlier rule removed whole to the rules after it', () => {
    const shown: string[] = [];
    const doc = parseText(SOURCE, 'en');
    const verdicts = runRules(doc, [removing('first', 'ads', ['Advertisement']), removing('second', 'comments', ['Leave a comment'], shown)]);
    expect(verdicts[0]!.block?.rule).toBe('first');
    expect(verdicts[3]!.block?.rule).toBe('second');
    expect(shown).not.toContain('Advertisement');
    expect(shown).toContain(STORY);
  });

  it('credits a line to the first rule that removes it: line patterns, then findings, rule by rule', () => {
    const doc = parseText(SOURCE, 'en');
    const shareLines = rule('share-lines', 'share', {
      linePatterns: [/^share this article$/i],
      classify: (block) => (block.lines.length > 1 ? [{ line: 0, reason: 'own finding' }, { line: 1, reason: 'own finding' }] : null),
    });
    const later = rule('later', 'navigation', {
      classify: (block) => (block.lines.length > 1 ? { line: 1, reason: 'later finding' } : null),
    });
    const verdicts = runRules(doc, [shareLines, later]);
    const share = verdicts[2]!;
    // Both lines went, so the block goes, credited to its first line's rule.
    expect(share.block?.rule).toBe('share-lines');
    expect(share.lines.get(0)?.reason).toMatch(/^matches /);
    expect(share.lines.get(1)?.reason).toBe('own finding');
  });

  it('shows a rule what earlier passes removed around a block, never what the current pass removes', () => {
    const seen: (Category | undefined)[] = [];
    const doc = parseText(SOURCE, 'en');
    const watcher = rule('watcher', 'related', {
      classify: (block: Block, context: RuleContext) => {
        if (block.text === STORY) seen.push(context.removedCategory(-1));
        return null;
      },
    });
    runRules(doc, [watcher, removing('ads-rule', 'ads', ['Advertisement'])]);
    // Pass one: the advertisement above is not yet removed; pass two reads that it went.
    expect(seen).toEqual([undefined, 'ads']);
  });

  it('gives the same verdicts whatever the rules are run on before (no state kept between documents)', () => {
    const rules = [removing('first', 'ads', ['Advertisement']), removing('second', 'comments', ['Leave a comment'])];
    const once = runRules(parseText(SOURCE, 'en'), rules);
    runRules(parseText(['Leave a comment', STORY].join('\n\n'), 'en'), rules);
    const again = runRules(parseText(SOURCE, 'en'), rules);
    expect(again).toEqual(once);
  });

  it('judges a long document, which it reads in windows of blocks, as it judges each page of it', () => {
    // A rule that reads the block before, and one that removes what a pass before it removed around.
    const afterShare = rule('after-share', 'share', {
      classify: (block, context) => (context.neighbour(-1)?.text === 'Share this article\nFacebook' ? { reason: 'after the share box' } : null),
    });
    const belowAd = rule('below-ad', 'ads', {
      classify: (block, context) => (context.removedCategory(-1) === 'ads' && block.text !== STORY ? { reason: 'below an ad' } : null),
    });
    const rules = [removing('first', 'ads', ['Advertisement']), afterShare, belowAd];
    const page = runRules(parseText(SOURCE, 'en'), rules);
    const pages = 3000;
    const long = runRules(parseText(Array(pages).fill(SOURCE).join('\n\n'), 'en'), rules);
    expect(long).toHaveLength(pages * page.length);
    expect(long).toEqual(Array.from({ length: pages }, () => page).flat());
  });
});
