/**
 * Which rule claims an HTML subtree: by the rule's CSS selectors, or by a word of the
 * element's class or id ("newsletter-signup", "shareBar", "comments"). A subtree holding
 * much of the page's prose is never claimed: article wrappers carry such words too
 * (<article class="has-comments">).
 */
import type * as CssSelect from 'css-select';
import type { Element } from 'domhandler';
import type { Category, Rule } from '../../types.js';
import { lazyRequire } from '../../lazy-require.js';

const cssSelect = lazyRequire<typeof CssSelect>('css-select');

export interface Claim {
  rule: string;
  category: Category;
  reason: string;
}

export class RuleClaims {
  private readonly words = new Map<string, Rule>();
  private readonly selectorRules: Rule[];

  constructor(rules: readonly Rule[]) {
    for (const rule of rules) for (const w of rule.classWords ?? []) if (!this.words.has(w)) this.words.set(w.toLowerCase(), rule);
    this.selectorRules = rules.filter((r) => r.selectors?.length);
  }

  claim(el: Element): Claim | undefined {
    for (const rule of this.selectorRules) {
      for (const selector of rule.selectors!) {
        if (safeIs(el, selector)) return { rule: rule.id, category: rule.category, reason: `matches selector ${selector}` };
      }
    }
    const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    if (names.trim() === '') return undefined;
    for (const word of nameWords(names)) {
      const rule = this.words.get(word);
      if (rule) return { rule: rule.id, category: rule.category, reason: `class or id word "${word}"` };
    }
    return undefined;
  }
}

/** "newsletter-signup shareBar" -> newsletter, signup, share, bar. */
export function nameWords(names: string): string[] {
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function safeIs(el: Element, selector: string): boolean {
  try {
    return cssSelect.is(el, selector);
  } catch {
    return false;
  }
}
