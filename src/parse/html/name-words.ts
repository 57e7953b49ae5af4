/**
 * The words of an element's class and id names, as both the parser (hidden widgets) and
 * the classifiers (rule claims, article scoring) read them.
 */

/** "newsletter-signup shareBar" -> newsletter, signup, share, bar. */
export function nameWords(names: string): string[] {
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
