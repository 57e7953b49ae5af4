/**
 * The built-in rules' line patterns give the same answers asked through `textTest`
 * (lower-cased line, no `i`) as asked as they are, on real lines in every letter case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/index.js';
import { textTest } from '../../src/text/case-fold.js';
import { ROOT } from '../helpers/cli.js';

const seedLines = ['independent-nato-overture-to-russia', 'moscow-times-nato-missile-defence'].flatMap((name) =>
  readFileSync(join(ROOT, 'fixtures/seeds', `${name}.txt`), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean),
);
const boilerplate = [
  'Share on Facebook', 'Sign up for our newsletter', 'Subscribe now', 'Privacy Policy | Terms of Use | Cookie Policy',
  'Read more: The minister resigns', 'Accept all cookies', 'Donate now', 'Comments (12)', 'Advertisement',
  'Published 19 November 2019 08:38 GMT', 'Follow us on Twitter', 'Allow notifications', 'Skip to main content',
  'Related stories', 'Mehr zum Thema', 'Lire la suite', 'Suivez-nous sur Facebook', 'Síguenos en Twitter',
  'Unterstützen Sie uns', 'Copyright © 2024 Example Media. All rights reserved.', 'Image caption Protesters in Kyiv',
];
const caseVariants = (line: string) => [line, line.toUpperCase(), line.toLowerCase(), line.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())];
const lines = [...new Set([...seedLines, ...boilerplate].flatMap(caseVariants))];
const patterns = builtInRules.flatMap((rule) => rule.linePatterns ?? []);

describe('textTest on the built-in rules’ line patterns', () => {
  it('answers as each pattern asked as it is, in every letter case', () => {
    let matches = 0;
    for (const pattern of patterns) {
      const asItIs = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      for (const line of lines) {
        const expected = asItIs.test(line);
        if (textTest(pattern).test(line) !== expected) expect.fail(`${pattern} on "${line}": expected ${expected}`);
        if (expected) matches++;
      }
    }
    // The lines reach the patterns: a comparison over lines no pattern matches would prove nothing.
    expect(matches).toBeGreaterThan(60);
    // Most case-insensitive patterns are asked of the lower-cased line.
    const insensitive = patterns.filter((p) => p.ignoreCase);
    expect(insensitive.filter((p) => textTest(p).onLowerCase).length).toBeGreaterThan(insensitive.length * 0.8);
  });
});
