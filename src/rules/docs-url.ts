/**
 * Where the built-in rules' documentation pages are: docs/rules/<id>.md in the package.
 * This file is src/rules/ or dist/rules/ (or dist/bundle/ in the command's bundle), two
 * levels below the package root either way.
 */
export const RULE_DOCS_DIR_URL = new URL('../../docs/rules/', import.meta.url);

/** The URL of a built-in rule's page, for its `meta.docs`. */
export function builtInDocsUrl(id: string): string {
  return new URL(`${id}.md`, RULE_DOCS_DIR_URL).href;
}
