/**
 * Custom rules from a folder: the example folder fixtures/custom-rules (a JS module with
 * an option, a declarative JSON rule, a module with named exports) removes what it should
 * and keeps the rest, tested with the RuleTester as their authors would; a bad rule file
 * fails with its path and the reason.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CustomRuleError, loadRules, loadRulesDir } from '../../src/rule-set/load-custom.js';
import { clean } from '../../src/clean.js';
import { builtInRules } from '../../src/rules/index.js';
import type { Rule } from '../../src/types.js';
import { RuleTester } from '../../src/index.js';
import { BY_PATTERN, removedWhole } from '../helpers/rule-cases.js';
import { ROOT, runCli } from '../helpers/cli.js';

const CUSTOM = `${ROOT}fixtures/custom-rules`;

async function customRule(id: string): Promise<Rule> {
  const loaded = await loadRulesDir(CUSTOM);
  return loaded.find((l) => l.rule.meta.id === id)!.rule;
}

const PROSE = [
  'The city council voted on Tuesday to approve a new budget that includes more money for schools, roads and parks, officials said.',
  'The mayor said the plan would add 200 teachers over three years and repair dozens of roads that residents had complained about.',
  'The budget passed by a vote of seven to two, with two members saying it relied too heavily on a tax increase voters had not approved.',
];

// The example rules, each through the RuleTester as a custom-rule author would test it.
const NOTE = 'A version of this article appears in print on Nov. 19, 2019, Section A, Page 12 of the New York edition.';
const examples = await loadRulesDir(CUSTOM);
const example = (id: string) => examples.find((l) => l.rule.meta.id === id)!.rule;

new RuleTester().run('house-promo (JS)', example('house-promo'), {
  valid: [
    'The company said its podcast app was downloaded 3 million times last year, and that listeners spent an average of 40 minutes a day with it.',
    PROSE.join('\n\n'),
    { html: `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>` },
  ],
  invalid: [
    removedWhole('Download our free news app for the latest updates', { category: 'promo', reason: BY_PATTERN }),
    removedWhole('Get the app: you can read every story offline and listen to our podcast on the way to work.', { reason: "pitches the publisher's app or podcast to the reader" }),
    {
      html: `<article><p>${PROSE[0]}</p></article><div class="promo"><p>Our new app is here.</p></div>`,
      removed: [{ text: 'Our new app is here.', reason: 'class or id word "promo"' }],
    },
  ],
});

new RuleTester().run('print-edition (JSON)', example('print-edition'), {
  valid: [
    // The same note at the top of a long document is outside the rule's last 12 blocks.
    [NOTE, ...Array.from({ length: 12 }, (_, i) => PROSE[i % 3]!)].join('\n\n'),
    // A sentence that merely contains a phrase is not the phrase.
    'Readers can order reprints of the photographs from the archive, the paper said in a statement on Monday.',
  ],
  invalid: [
    {
      name: 'its phrases and patterns near the end',
      text: [...PROSE, NOTE, 'Order Reprints.', "today's paper"].join('\n\n'),
      removed: [
        { text: NOTE, category: 'print', reason: /^matches \/\^A version of this/ },
        { text: 'Order Reprints.', reason: 'is the phrase "Order Reprints"' },
        { text: "today's paper", reason: 'is the phrase "Today\'s Paper"' },
      ],
    },
    {
      name: 'HTML subtrees claimed by its selector and its class word',
      html: `<article>${PROSE.map((p) => `<p>${p}</p>`).join('')}<div class="print-edition-note"><p>This appeared in print on page A12 of the morning paper.</p></div><div class="article-reprints"><p>Buy a framed copy of this page for your wall today.</p></div></article>`,
      removed: [
        { text: 'This appeared in print on page A12 of the morning paper.', reason: 'matches selector .print-edition-note' },
        { text: 'Buy a framed copy of this page for your wall today.', reason: 'class or id word "reprints"' },
      ],
    },
  ],
});

new RuleTester().run('wire-credits (named export)', example('wire-credits'), {
  valid: ['Reporting by the newspaper showed that the council had spent more than it said.'],
  invalid: [
    removedWhole('Reporting by Jane Doe; Editing by John Roe', { category: 'metadata', reason: BY_PATTERN }),
    removedWhole('(Additional reporting by Ann Lee in Paris; Writing by Tom Poe; Editing by Kim Yu)', { reason: BY_PATTERN }),
  ],
});

// The first clean loads language data; slow on a busy machine.
describe('the example folder', { timeout: 30_000 }, () => {
  it('loads each file by name: a default export, a JSON rule, named exports that are rules', async () => {
    const loaded = await loadRulesDir(CUSTOM);
    expect(loaded.map((l) => [l.rule.meta.id, l.rule.meta.category, l.source.slice(CUSTOM.length + 1)])).toEqual([
      ['house-promo', 'promo', 'house-promo.js'],
      ['print-edition', 'print', 'print-edition.json'],
      ['wire-credits', 'metadata', 'wire-credits.mjs'],
    ]);
  });

  it('house-promo reads its maxWords option from the config', async () => {
    const rule = await customRule('house-promo');
    const box = 'Get the app: you can read every story offline and listen to our podcast on the way to work.';
    const text = ['Council Approves Budget', PROSE[0], box, PROSE[1], PROSE[2]].join('\n\n');
    const rules = [...builtInRules, rule];
    expect(clean(text, { rules }).removed.map((r) => r.rule)).toContain('house-promo');
    const limited = clean(text, { rules, ruleOptions: { 'house-promo': { maxWords: 5 } } });
    expect(limited.removed.map((r) => r.rule)).not.toContain('house-promo');
    expect(limited.paragraphs).toContain(box);
  });

  it('print-edition claims HTML subtrees by its selector and class word', async () => {
    const rule = await customRule('print-edition');
    const html = `<html><head><title>Budget</title></head><body><article><h1>Budget</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <div class="print-edition-note"><p>This appeared in print on page A12 of the morning paper.</p></div>
      <div class="article-reprints"><p>Buy a framed copy of this page for your wall today.</p></div></article></body></html>`;
    const result = clean(html, { inputKind: 'html', rules: [...builtInRules, rule] });
    expect(result.removed.filter((r) => r.rule === 'print-edition').map((r) => r.text)).toEqual([
      'This appeared in print on page A12 of the morning paper.',
      'Buy a framed copy of this page for your wall today.',
    ]);
    expect(result.paragraphs).toEqual(PROSE);
  });
});

// Spawned processes are slow on a busy machine.
describe('bad rule files', { timeout: 30_000 }, () => {
  function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'unboil-bad-rules-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }

  async function failure(files: Record<string, string>): Promise<CustomRuleError> {
    const dir = folder(files);
    const error = await loadRules([dir]).catch((e) => e);
    expect(error).toBeInstanceOf(CustomRuleError);
    return error;
  }

  const valid = "{ meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true }, linePatterns: [/^x$/] }";

  it.each([
    ['a syntax error', 'export default {', /bad\.js: cannot be loaded: /],
    ['a module that throws', "throw new Error('no config here');", /bad\.js: cannot be loaded: no config here/],
    ['no rule exported', 'export const n = 1;', /bad\.js: exports no rule/],
    ['a missing description', "export default { meta: { id: 'x-rule', category: 'promo', defaultOn: true }, linePatterns: [/x/] };", /bad\.js: default export: rule 'x-rule': "meta\.description" must be a non-empty string, not missing/],
    ['a bad id', "export default { meta: { id: 'X Rule' } };", /bad\.js: default export: "meta\.id" must be lower-case words joined by hyphens/],
    ['no meta', "export default { linePatterns: [/x/] };", /bad\.js: default export: "meta" must be an object with the rule's id, category, description and defaultOn, not missing/],
    ['a misspelt meta property', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true, endsArticles: true }, linePatterns: [/x/] };", /unknown property "meta\.endsArticles"/],
    ['a trait that is not a boolean', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true, listsLinks: 'yes' }, linePatterns: [/x/] };", /"meta\.listsLinks" must be true or false, not the string "yes"/],
    ['restoring odds out of range', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true, modelRestoresAt: 1.5 }, linePatterns: [/x/] };", /"meta\.modelRestoresAt" must be odds above 0 and at most 1, not the number 1\.5/],
    ['the content pass', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true, pass: 'content' }, linePatterns: [/x/] };", /"meta\.pass" must be "widget"/],
    ['a docs path that is no URL', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true, docs: 'docs/x.md' }, linePatterns: [/x/] };", /"meta\.docs" must be the URL of the rule's documentation/],
    ['meta and the flat shape at once', "export default { id: 'x-rule', meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true }, linePatterns: [/x/] };", /"id" belongs in "meta"/],
    ['a string pattern', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true }, linePatterns: ['^x$'] };", /linePatterns\[0\] must be a RegExp, not the string "\^x\$"/],
    ['a global pattern', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true }, linePatterns: [/x/g] };", /linePatterns\[0\] \/x\/g has the g flag/],
    ['classify not a function', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true }, classify: 'yes' };", /"classify" must be a function, not the string "yes"/],
    ['a misspelt property', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true }, linepatterns: [/x/] };", /unknown property "linepatterns"/],
    ['defaultOn missing', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd' }, linePatterns: [/x/] };", /"meta\.defaultOn" must be true or false, not missing/],
    ['the reserved category', "export default { meta: { id: 'x-rule', category: 'prose', description: 'd', defaultOn: true }, linePatterns: [/x/] };", /"meta\.category" cannot be "prose"/],
    ['a rule that removes nothing', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true } };", /it removes nothing/],
    ['a bad selector', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true }, selectors: ['[data-x='] };", /selectors\[0\] "\[data-x=" is not a CSS selector/],
    ['a bad option default', "export default { meta: { id: 'x-rule', category: 'promo', description: 'd', defaultOn: true, options: { n: { default: null, description: 'd' } } }, linePatterns: [/x/] };", /meta\.options\.n\.default must be a string, number, boolean or list of strings, not null/],
    ['an id taken by a built-in rule', "export default { meta: { id: 'newsletter', category: 'promo', description: 'd', defaultOn: true }, linePatterns: [/x/] };", /bad\.js: rule id 'newsletter' is already taken by a built-in rule/],
  ])('%s fails with the path and the reason', async (_, source, message) => {
    const error = await failure({ 'bad.js': source });
    expect(error.message).toMatch(/^\/.*\/bad\.js: /);
    expect(error.message).toMatch(message);
  });

  it.each([
    ['not JSON', '{ "id": ', /bad\.json: is not valid JSON: /],
    ['a bad regular expression', '{ "meta": { "id": "x-rule", "category": "promo", "description": "d" }, "patterns": ["(unclosed"] }', /bad\.json: patterns\[0\] is not a valid regular expression: /],
    ['an unknown key', '{ "meta": { "id": "x-rule", "category": "promo", "description": "d" }, "phrase": ["x"] }', /bad\.json: phrase is not a property of a declarative rule/],
    ['an unknown meta key', '{ "meta": { "id": "x-rule", "category": "promo", "description": "d", "options": {} }, "phrases": ["x"] }', /bad\.json: meta\.options is not a property of a declarative rule's meta/],
    ['a missing category', '{ "meta": { "id": "x-rule", "description": "d" }, "phrases": ["x"] }', /bad\.json: meta\.category must be a built-in category/],
    ['a trait that is not a boolean', '{ "meta": { "id": "x-rule", "category": "promo", "description": "d", "opensThread": "yes" }, "phrases": ["x"] }', /bad\.json: meta\.opensThread must be true or false, not the string "yes"/],
    ['a bad where', '{ "meta": { "id": "x-rule", "category": "promo", "description": "d" }, "phrases": ["x"], "where": "bottom" }', /bad\.json: where must be "anywhere", \{ "first": N \} or \{ "last": N \}, not the string "bottom"/],
    ['an array item at fault', '[{ "meta": { "id": "a-rule", "category": "promo", "description": "d" }, "phrases": ["x"] }, { "meta": { "id": "b-rule", "category": "promo", "description": "d" } }]', /bad\.json: \[1\] removes nothing/],
  ])('a JSON rule with %s fails with the path and the key', async (_, source, message) => {
    expect((await failure({ 'bad.json': source })).message).toMatch(message);
  });

  it('two files defining one id, and a TypeScript file left uncompiled, are refused', async () => {
    const twice = await failure({ 'a.js': `export default ${valid};`, 'b.mjs': `export const r = ${valid};` });
    expect(twice.message).toMatch(/b\.mjs: rule id 'x-rule' is already taken by a rule in .*a\.js$/);
    const ts = await failure({ 'rule.ts': 'export default {};' });
    expect(ts.message).toMatch(/rule\.ts: TypeScript rules must be compiled to JavaScript first/);
  });

  it('a missing folder is named; helper files starting with "_" and other files are not loaded', async () => {
    expect((await loadRules(['/no/such/rules']).catch((e) => e)).message).toBe('/no/such/rules: no such folder');
    const dir = folder({ '_helper.js': 'export const words = 1;', 'README.md': '# rules', 'ok.js': `export default [${valid}];` });
    expect((await loadRulesDir(dir)).map((l) => l.rule.meta.id)).toEqual(['x-rule']);
  });

  it('rules in the flat shape of old (id, category, ... beside the patterns) load with those properties in meta', async () => {
    const dir = folder({
      'old.js': "export default { id: 'old-rule', category: 'promo', description: 'd', defaultOn: false, options: { n: { default: 1, description: 'd' } }, linePatterns: [/^x$/] };",
      'old.json': '{ "id": "old-json", "category": "promo", "description": "d", "phrases": ["x"] }',
    });
    const loaded = await loadRulesDir(dir);
    expect(loaded.map((l) => l.rule.meta)).toEqual([
      { id: 'old-rule', category: 'promo', description: 'd', defaultOn: false, options: { n: { default: 1, description: 'd' } } },
      { id: 'old-json', category: 'promo', description: 'd', defaultOn: true },
    ]);
    expect(loaded[0]!.rule.linePatterns).toEqual([/^x$/]);
    expect(Object.keys(loaded[0]!.rule)).toEqual(['meta', 'linePatterns']);
  });

  it('the command line fails with exit 2, the path and the reason, before reading any input', async () => {
    const dir = folder({ 'broken.js': "export default { meta: { id: 'x-rule' } };" });
    const run = await runCli(['--no-config', '--rules-dir', dir, 'missing-input.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`unboil: ${join(dir, 'broken.js')}: default export: rule 'x-rule': "meta.category" must be a built-in category or lower-case words joined by hyphens, not missing`);
    expect(run.stdout).toBe('');
  });
});
