/** Where a built-in rule's documentation page is: docs/rules/<id>.md in the package. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The package's docs/rules folder (this file is src/rules/ or dist/rules/, two levels below the package root). */
export const RULE_DOCS_DIR = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

/** The page's absolute path, or undefined when the rule has none (custom rules). */
export function ruleDocsPath(id: string): string | undefined {
  const path = `${RULE_DOCS_DIR}${id}.md`;
  return existsSync(path) ? path : undefined;
}
