/**
 * Every rule has a documentation page, docs/rules/<id>.md, with the sections a reader
 * looks for; its examples are run through the rule, so a page cannot promise what the
 * rule does not do. The README links every page, and `rules --json` points at them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/rules/index.js';
import { ruleInfo } from '../../src/cli/list-rules.js';
import { RuleTester } from '../../src/index.js';
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

  it('has a removed and a kept example', () => {
    const text = readFileSync(page(id), 'utf8');
    expect(examples(text, 'Removed')).not.toBe('');
    expect(examples(text, 'Kept')).not.toBe('');
  });

  it('its options section lists every option the rule declares', () => {
    const options = readFileSync(page(id), 'utf8').split('## Options')[1] ?? '';
    for (const name of Object.keys(rule.meta.options ?? {})) expect(options).toContain(`\`${name}\``);
    if (!rule.meta.options) expect(options).toMatch(/None\./);
  });
});

/**
 * The examples run through the rule: every block of a removed example goes (a block of
 * one line as that line), and a kept example loses nothing. The template rule is given a
 * template learned from ten pages that carry the removed lines; the prose rule judges by
 * position, so its removed examples stand around its kept ones.
 */
for (const rule of builtInRules) {
  const { id } = rule.meta;
  const text = readFileSync(page(id), 'utf8');
  const removed = examples(text, 'Removed');
  const kept = examples(text, 'Kept');
  const learner = new TemplateLearner();
  for (let n = 0; n < 10; n++) learner.add('site', `${removed}\n\nPage ${n} tells its own story about the town and the people in it.`);
  const tester = new RuleTester(id === 'template' ? { template: { model: learner.model(), group: 'site' } } : {});
  const blocks = (example: string) => example.split(/\n\s*\n/).map((block) => ({ text: block.trim() }));
  tester.run(`docs/rules/${id}.md examples`, rule, {
    valid: [{ name: 'the kept example', text: kept }],
    invalid: [
      rule.meta.pass === 'content'
        ? { name: 'the removed example around the kept one', text: `${removed}\n\n${kept}`, removed: blocks(removed).map((b) => ({ ...b, category: 'prose' })) }
        : { name: 'the removed example', text: removed, removed: blocks(removed).map((b) => ({ ...b, category: rule.meta.category })) },
    ],
  });
}

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
