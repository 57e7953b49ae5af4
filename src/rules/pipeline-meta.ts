/**
 * What the pipeline asks of the rules it runs, answered from their `meta`: the pipeline
 * names no rule id or category set of its own, so a rule declares its part in one place.
 */
import type { Category, Rule } from '../types.js';
import { builtInRules } from './index.js';

/** Whether a category's widgets end the article. */
export type EndsArticle = (category: Category) => boolean;

/**
 * The categories whose widgets end the article: those of the built-in rules and of the
 * given ones whose `meta.endsArticle` says so. The built-in ones count even when switched
 * off, as a custom rule may report under their category.
 */
export function articleEndings(rules: readonly Rule[] = []): EndsArticle {
  const categories = new Set<Category>();
  for (const rule of [...builtInRules, ...rules]) if (rule.meta.endsArticle) categories.add(rule.meta.category);
  return (category) => categories.has(category);
}

/** Whether the context pass runs: a rule of the `content` pass is switched on. */
export function runsContentPass(rules: readonly Rule[]): boolean {
  return rules.some((rule) => rule.meta.pass === 'content');
}
