/**
 * RuleTester: checks a rule against inputs it must leave alone and inputs with what it
 * must remove, each a text dump or an HTML page, run as the command runs that rule alone.
 * Modelled on ESLint's RuleTester: `run` declares one test per case with the test
 * framework's `describe` and `it` (found as globals, or set on the class), and without a
 * framework runs every case at once and throws at the first that fails.
 */
import { AssertionError } from 'node:assert';
import type { LearnedTemplate, Rule } from '../types.js';
import type { CaseInput, InvalidCase, RuleTestCases, ValidCase } from './cases.js';
import { describeRemoval, removalDifferences } from './compare-removals.js';
import { removalsOf } from './run-rule.js';

export type TestFunction = (name: string, fn: () => void) => unknown;

export interface RuleTesterOptions {
  /** ISO 639-1 code of the inputs' language, unless a case gives its own; detected when neither does. */
  lang?: string;
  /** A template learned from a corpus (`TemplateLearner`), for rules that read one. */
  template?: LearnedTemplate;
}

/** The framework's function of that name, when it is a global (vitest with globals, jest, mocha). */
function globalTest(name: 'describe' | 'it'): TestFunction | undefined {
  const value = (globalThis as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as TestFunction) : undefined;
}

/** Without a framework: a group runs its tests at once, a test throws when it fails. */
const runNow: TestFunction = (_name, fn) => fn();

export class RuleTester {
  static #describe: TestFunction | undefined;
  static #it: TestFunction | undefined;
  static #itOnly: TestFunction | undefined;

  /** The framework's `describe`; set it where the framework has no global one (vitest without globals, node:test), or to undefined for the default. */
  static get describe(): TestFunction {
    return this.#describe ?? globalTest('describe') ?? runNow;
  }
  static set describe(fn: TestFunction | undefined) {
    this.#describe = fn;
  }

  /** The framework's `it` (or `test`). */
  static get it(): TestFunction {
    return this.#it ?? globalTest('it') ?? runNow;
  }
  static set it(fn: TestFunction | undefined) {
    this.#it = fn;
  }

  /** The framework's `it.only`, for cases marked `only`. */
  static get itOnly(): TestFunction {
    const only = (this.#it ?? globalTest('it')) as (TestFunction & { only?: TestFunction }) | undefined;
    return this.#itOnly ?? only?.only ?? this.it;
  }
  static set itOnly(fn: TestFunction | undefined) {
    this.#itOnly = fn;
  }

  readonly #options: RuleTesterOptions;

  constructor(options: RuleTesterOptions = {}) {
    this.#options = options;
  }

  /** Declares a test for each case: `valid` ones must lose nothing, `invalid` ones exactly what they list. */
  run(name: string, rule: Rule, cases: RuleTestCases): void {
    const { describe } = RuleTester;
    const valid = cases.valid ?? [];
    const invalid = cases.invalid ?? [];
    for (const item of invalid) {
      if (item.removed.length === 0) throw new TypeError(`${name}: an invalid case must list what the rule removes (a case that loses nothing is valid)`);
    }
    // An empty group is left out: frameworks fail a group that holds no test.
    describe(name, () => {
      if (valid.length) {
        describe('valid', () => {
          for (const item of valid) {
            const input = typeof item === 'string' ? { text: item } : item;
            this.#declare(input, () => this.#check(rule, input, []));
          }
        });
      }
      if (invalid.length) {
        describe('invalid', () => {
          for (const item of invalid) this.#declare(item, () => this.#check(rule, item, item.removed));
        });
      }
    });
  }

  #declare(item: Exclude<ValidCase, string>, test: () => void): void {
    (item.only ? RuleTester.itOnly : RuleTester.it)(item.name ?? caseName(item), test);
  }

  #check(rule: Rule, item: Exclude<ValidCase, string>, expected: InvalidCase['removed']): void {
    const kind = item.html === undefined ? 'text' : 'html';
    const source = item.html ?? item.text!;
    const actual = removalsOf(rule, { source, kind, options: item.options, lang: item.lang ?? this.#options.lang, template: this.#options.template });
    const problems = removalDifferences(actual, expected, rule.meta.id);
    if (problems.length === 0) return;
    const removed = actual.length ? actual.map((r) => `  ${describeRemoval(r)}`).join('\n') : '  nothing';
    throw new AssertionError({
      message: `rule ${rule.meta.id} on ${kind === 'html' ? 'HTML' : 'text'} ${JSON.stringify(shorten(source, 80))}:\n${problems.map((p) => `- ${p}`).join('\n')}\nIt removed:\n${removed}`,
      actual: actual.map((r) => r.text),
      expected: expected.map((e) => (typeof e.text === 'string' ? e.text : String(e.text))),
      operator: 'removes',
    });
  }
}

/** A case's default name: its kind and its first words. */
function caseName(item: CaseInput): string {
  return item.html === undefined ? `text: ${shorten(item.text!, 70)}` : `html: ${shorten(item.html, 70)}`;
}

function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
