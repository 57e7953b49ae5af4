/** Every built-in rule names its documentation page, and the page is in the package. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/rules/index.js';
import { builtInDocsUrl } from '../../src/rules/docs-url.js';

describe('built-in rules\' docs URLs', () => {
  it('point at docs/rules/<id>.md of the package', () => {
    expect(builtInDocsUrl('newsletter')).toMatch(/\/docs\/rules\/newsletter\.md$/);
    expect(builtInDocsUrl('newsletter')).not.toMatch(/\/src\//);
  });

  it('name a page that exists for every built-in rule, and no page for a rule that does not exist', () => {
    for (const rule of builtInRules) {
      expect(rule.meta.docs, rule.meta.id).toBe(builtInDocsUrl(rule.meta.id));
      expect(existsSync(fileURLToPath(rule.meta.docs!)), rule.meta.id).toBe(true);
    }
    expect(existsSync(fileURLToPath(builtInDocsUrl('no-such-rule')))).toBe(false);
  });
});
