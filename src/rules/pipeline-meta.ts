/**
 * What the pipeline asks of the rules it runs, answered from their `meta`: the pipeline
 * names no rule id or category set of its own, so a rule declares its part in one place.
 */
import type { Category, Rule, RuleMeta } from '../types.js';
import { builtInRules } from './index.js';

/** Whether a category's widgets are of some kind. */
export type CategoryTest = (category: Category) => boolean;

/** Whether a category's widgets end the article. */
export type EndsArticle = CategoryTest;

/**
 * The categories of the built-in rules and of the given ones whose meta has the trait. The
 * built-in ones count even when switched off, as a custom rule may report under their category.
 */
function categoriesWith(rules: readonly Rule[], trait: (meta: RuleMeta) => boolean | undefined): CategoryTest {
  const categories = new Set<Category>();
  for (const rule of [...builtInRules, ...rules]) if (trait(rule.meta)) categories.add(rule.meta.category);
  return (category) => categories.has(category);
}

/** The categories whose widgets end the article (`meta.endsArticle`). */
export function articleEndings(rules: readonly Rule[] = []): EndsArticle {
  return categoriesWith(rules, (meta) => meta.endsArticle);
}

/** The categories whose widgets are lists of links under a header (`meta.listsLinks`). */
export function linkListHeaders(rules: readonly Rule[] = []): CategoryTest {
  return categoriesWith(rules, (meta) => meta.listsLinks);
}

/**
 * The categories whose widgets open a thread of readers' posts (`meta.opensThread`): the
 * context pass ends the article at one and removes what follows, and the recall guard
 * counts their prose as neither lost nor the article's.
 */
export function threadOpeners(rules: readonly Rule[] = []): CategoryTest {
  return categoriesWith(rules, (meta) => meta.opensThread);
}

/**
 * The odds at which the block model brings back a block that a category's rule removed
 * whole (`meta.modelRestoresAt`; the lowest when rules of one category differ), or
 * undefined: what the category's rules remove stays removed.
 */
export type RestoreOdds = (category: Category) => number | undefined;

export function modelRestoreOdds(rules: readonly Rule[] = []): RestoreOdds {
  const odds = new Map<Category, number>();
  for (const { meta } of [...builtInRules, ...rules]) {
    if (meta.modelRestoresAt === undefined) continue;
    odds.set(meta.category, Math.min(odds.get(meta.category) ?? 1, meta.modelRestoresAt));
  }
  return (category) => odds.get(category);
}

/** Whether the context pass runs: a rule of the `content` pass is switched on. */
export function runsContentPass(rules: readonly Rule[]): boolean {
  return rules.some((rule) => rule.meta.pass === 'content');
}

/**
 * The built-in categories the block model has a column for (`cat_<category>`), in the
 * model's order: the shipped model was trained on exactly these, so a change here needs the
 * model retrained (npm run train). The widget rules' categories in the order they run, and
 * `author-bio`, which no built-in rule reports (the author-bio rule reports `metadata`). A
 * test keeps every built-in category but the context pass's in it.
 */
export const modelCategories: readonly Category[] = ['newsletter', 'donation', 'comments', 'notification', 'share', 'related', 'navigation', 'cookie', 'legal', 'ads', 'paywall', 'metadata', 'author-bio', 'template'];
