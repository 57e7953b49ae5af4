/**
 * Which rule claims an HTML subtree: by the rule's CSS selectors, or by a word of the
 * element's class or id ("newsletter-signup", "shareBar", "comments"). Whether a claim
 * stands is settled once the blocks are known (settle-claims.ts): article wrappers carry
 * such words too (<article class="has-comments">).
 */
import type * as CssSelect from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import type { Category, Rule } from '../../types.js';
import { lazyRequire } from '../../lazy-require.js';
import { nameWords } from '../../parse/html/name-words.js';

const cssSelect = lazyRequire<typeof CssSelect>('css-select');

export interface Claim {
  rule: string;
  category: Category;
  reason: string;
  /** Claimed by a word of the class or id (weaker evidence than a selector). */
  byClassWord?: boolean;
}

export class RuleClaims {
  private readonly words = new Map<string, Rule>();
  /** The most words a class word has. */
  private longest = 1;
  /** Each selector compiled once: a page has many thousands of elements to test. */
  private readonly selectors: { rule: Rule; selector: string; matches: (el: Element) => boolean }[] = [];

  constructor(rules: readonly Rule[]) {
    // A class word of several words ("support-us", "authorBio") is kept as the words the
    // element's names split into, joined by one space, and matched as a run of them.
    for (const rule of rules) {
      for (const w of rule.classWords ?? []) {
        const key = nameWords(w).join(' ');
        if (!key || this.words.has(key)) continue;
        this.words.set(key, rule);
        this.longest = Math.max(this.longest, key.split(' ').length);
      }
    }
    for (const rule of rules) {
      for (const selector of rule.selectors ?? []) {
        const matches = safeCompile(selector);
        if (matches) this.selectors.push({ rule, selector, matches });
      }
    }
  }

  claim(el: Element): Claim | undefined {
    for (const { rule, selector, matches } of this.selectors) {
      if (matches(el)) return { rule: rule.meta.id, category: rule.meta.category, reason: `matches selector ${selector}` };
    }
    const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    if (names.trim() === '') return undefined;
    const words = nameWords(names);
    for (let i = 0; i < words.length; i++) {
      // The longest run of words first: "author-bio" before "author".
      for (let n = Math.min(this.longest, words.length - i); n >= 1; n--) {
        const phrase = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
        const rule = this.words.get(phrase);
        if (rule) return { rule: rule.meta.id, category: rule.meta.category, reason: `class or id word "${phrase.replace(/ /g, '-')}"`, byClassWord: true };
      }
    }
    return undefined;
  }
}

/** A selector that does not parse claims nothing (user rules may carry one). */
function safeCompile(selector: string): ((el: Element) => boolean) | undefined {
  try {
    return cssSelect.compile<AnyNode, Element>(selector) as (el: Element) => boolean;
  } catch {
    return undefined;
  }
}
