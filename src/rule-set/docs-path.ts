/** Where a built-in rule's documentation page is: docs/rules/<id>.md in the package. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULE_DOCS_DIR_URL } from '../rules/docs-url.js';

/** The package's docs/rules folder. */
export const RULE_DOCS_DIR = fileURLToPath(RULE_DOCS_DIR_URL);

/** The page's absolute path, or undefined when the rule has none (custom rules). */
export function ruleDocsPath(id: string): string | undefined {
  const path = `${RULE_DOCS_DIR}${id}.md`;
  return existsSync(path) ? path : undefined;
}
