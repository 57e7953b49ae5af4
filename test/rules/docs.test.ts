/**
 * Every rule has a documentation page, docs/rules/<id>.md, with the sections a reader
 * looks for; its examples are run through the rule, so a page cannot promise what the
 * rule does not do. The README links every page, and `rules --json` points at them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/rules/index.js';
import { ruleInfo } from '../../src/cli/list-rules.js';
import { applyRule } from '../helpers/rule-harness.js';
import { clean } from '../../src/clean.js';
import { TemplateLearner } from '../../src/learn/template-model.js';
import { ROOT } from '../helpers/cli.js';

const page = (id: string) => `${ROOT}docs/rules/${id}.md`;

/** The indented example text under a "Removed:" or "Kept:" line, up to the next unindented line. */
function examples(markdown: string, label: 'Removed' | 'Kept'): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${label}`) && l.trimEnd().endsWith(':'));
  if (start === -1) return '';
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() !== '' && !line.startsWith('    ')) break;
    out.push(line.slice(4));
  }
  return out.join('\n').trim();
}

describe.each(builtInRules.map((r) => [r.meta.id, r] as const))('docs/rules/%s.md', (id, rule) => {
  it('exists, names the rule and has the sections', () => {
    expect(existsSync(page(id)), `docs/rules/${id}.md is missing`).toBe(true);
    const text = readFileSync(page(id), 'utf8');
    expect(text.split('\n')[0]).toContain(`\`${id}\``);
    for (const heading of ['## What it removes', '## What it keeps', '## Examples', '## Options']) expect(text).toContain(heading);
  });

  it('its removed examples are removed and its kept examples kept', () => {
    const text = readFileSync(page(id), 'utf8');
    const removed = examples(text, 'Removed');
    const kept = examples(text, 'Kept');
    expect(removed).not.toBe('');
    expect(kept).not.toBe('');
    if (id === 'template') {
      // Learned from a corpus: ten pages with the removed lines, each around an article of its own.
      const learner = new TemplateLearner();
      for (let n = 0; n < 10; n++) learner.add('site', `${removed}\n\nPage ${n} tells its own story about the town and the people in it.`);
      const result = clean(`${removed}\n\n${kept}`, { template: { model: learner.model(), group: 'site' }, disable: ['prose'] });
      expect(result.paragraphs).toEqual([kept]);
    } else if (rule.linePatterns || rule.classify) {
      expect(applyRule(rule, removed).kept).toEqual([]);
      expect(applyRule(rule, kept).removed).toEqual([]);
    } else {
      // A rule of the context pass (prose) judges by position: the removed examples stand
      // around the kept ones, and only the kept ones are the article.
      const others = builtInRules.filter((r) => r.meta.id !== id).map((r) => r.meta.id);
      const result = clean(`${removed}\n\n${kept}`, { disable: others });
      expect(result.paragraphs).toEqual(kept.split(/\n\s*\n/));
    }
  });

  it('its options section lists every option the rule declares', () => {
    const options = readFileSync(page(id), 'utf8').split('## Options')[1] ?? '';
    for (const name of Object.keys(rule.meta.options ?? {})) expect(options).toContain(`\`${name}\``);
    if (!rule.meta.options) expect(options).toMatch(/None\./);
  });
});

describe('rule documentation', () => {
  it('the README and docs/rules/README.md link every page', () => {
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const index = readFileSync(`${ROOT}docs/rules/README.md`, 'utf8');
    for (const { meta: { id } } of builtInRules) {
      expect(readme).toContain(`(docs/rules/${id}.md)`);
      expect(index).toContain(`(${id}.md)`);
    }
  });

  it('rules --json gives each built-in rule its page', () => {
    const info = ruleInfo();
    expect(info.map((r) => r.id)).toEqual(builtInRules.map((r) => r.meta.id));
    for (const r of info) {
      expect(r.docs).toBe(page(r.id).replace(/\/+/g, '/'));
      expect(r).toMatchObject({ source: 'built-in', enabled: true, defaultOn: true });
    }
  });
});
