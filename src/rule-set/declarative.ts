/**
 * Declarative rules: a rule written as JSON — its meta (id, category, ...), phrases or
 * regular expressions, HTML selectors and class words, and where in the document it
 * applies — compiled into the same `Rule` shape as a rule module. The flat shape of old
 * (id, category, description and defaultOn beside the phrases) is read the same way.
 * Every mistake is reported with the key that holds it ("patterns[2]: invalid regular
 * expression ...").
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { wordsOf } from '../text/words.js';
import { ID_PATTERN, META_TRAITS, RESERVED_CATEGORY, RuleShapeError, describe, validateRule } from './validate-rule.js';
import { liftFlatMeta } from './flat-rule.js';

/** Where the rule looks: every block, or only the first or last blocks of the document. */
export type DeclarativeWhere = 'anywhere' | { first: number } | { last: number };

/** The JSON form of a rule's meta: a rule module's, less options and pass. */
export interface DeclarativeMeta {
  id: string;
  category: string;
  description: string;
  /** URL of the rule's documentation page. */
  docs?: string;
  /** Default true. */
  defaultOn?: boolean;
  /** Whether its widget ends the article (see `RuleMeta.endsArticle`). Default false. */
  endsArticle?: boolean;
  /** Whether its widget is a list of links under a header (see `RuleMeta.listsLinks`). Default false. */
  listsLinks?: boolean;
  /** Whether its widget opens a thread of readers' posts (see `RuleMeta.opensThread`). Default false. */
  opensThread?: boolean;
}

/** The JSON form of a rule. */
export interface DeclarativeRule {
  meta: DeclarativeMeta;
  /** A line that is exactly one of these phrases goes (case, surrounding spaces and end punctuation aside). */
  phrases?: string[];
  /** A line in which one of these regular expressions (case-insensitive) finds a match goes. */
  patterns?: string[];
  /** HTML: subtrees matching these CSS selectors go. */
  selectors?: string[];
  /** HTML: subtrees whose class or id contains one of these words go. */
  classWords?: string[];
  /** Which blocks phrases and patterns apply to. Default "anywhere". */
  where?: DeclarativeWhere;
  /** Lines longer than this many words are never removed by phrases or patterns: prose is safe. */
  maxWords?: number;
}

const KEYS = ['meta', 'phrases', 'patterns', 'selectors', 'classWords', 'where', 'maxWords'];
const META_KEYS = ['id', 'category', 'description', 'docs', 'defaultOn', ...META_TRAITS];

/** Compiles one declarative rule, or throws a `RuleShapeError` naming the key at fault. */
export function compileDeclarativeRule(value: unknown, at = ''): Rule {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RuleShapeError(`${at || 'a rule'} must be an object, not ${describe(value)}`);
  const prefix = at ? `${at}.` : '';
  const fail = (key: string, problem: string): never => {
    throw new RuleShapeError(`${prefix}${key} ${problem}`);
  };
  let json: Record<string, unknown>;
  try {
    json = liftFlatMeta(value as Record<string, unknown>);
  } catch (err) {
    throw new RuleShapeError(`${at ? `${at}: ` : ''}${(err as Error).message}`);
  }
  for (const key of Object.keys(json)) {
    if (!KEYS.includes(key)) fail(key, `is not a property of a declarative rule (they are: ${KEYS.join(', ')})`);
  }
  const meta = json.meta;
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return fail('meta', `must be an object with the rule's id, category and description, not ${describe(meta)}`);
  const m = meta as Record<string, unknown>;
  for (const key of Object.keys(m)) {
    if (!META_KEYS.includes(key)) fail(`meta.${key}`, `is not a property of a declarative rule's meta (they are: ${META_KEYS.join(', ')})`);
  }
  if (typeof m.id !== 'string' || !ID_PATTERN.test(m.id)) fail('meta.id', `must be lower-case words joined by hyphens (such as "print-edition"), not ${describe(m.id)}`);
  if (typeof m.category !== 'string' || !ID_PATTERN.test(m.category)) fail('meta.category', `must be a built-in category or lower-case words joined by hyphens, not ${describe(m.category)}`);
  if (m.category === RESERVED_CATEGORY) fail('meta.category', `cannot be "${RESERVED_CATEGORY}": it names what the context pass removes`);
  if (typeof m.description !== 'string' || m.description.trim() === '') fail('meta.description', `must be a non-empty string, not ${describe(m.description)}`);
  for (const flag of ['defaultOn', ...META_TRAITS]) {
    if (m[flag] !== undefined && typeof m[flag] !== 'boolean') fail(`meta.${flag}`, `must be true or false, not ${describe(m[flag])}`);
  }

  const strings = (key: string): string[] | undefined => {
    const list = json[key];
    if (list === undefined) return undefined;
    if (!Array.isArray(list)) return fail(key, `must be an array of strings, not ${describe(list)}`);
    list.forEach((s, i) => {
      if (typeof s !== 'string' || s.trim() === '') fail(`${key}[${i}]`, `must be a non-empty string, not ${describe(s)}`);
    });
    return list as string[];
  };
  const phrases = strings('phrases') ?? [];
  const patterns = (strings('patterns') ?? []).map((source, i) => {
    try {
      return new RegExp(source, 'iu');
    } catch (err) {
      return fail(`patterns[${i}]`, `is not a valid regular expression: ${(err as Error).message}`);
    }
  });
  const selectors = strings('selectors');
  const classWords = strings('classWords');
  const where = parseWhere(json.where, (problem) => fail('where', problem));
  if (json.maxWords !== undefined && !(Number.isInteger(json.maxWords) && (json.maxWords as number) > 0)) fail('maxWords', `must be a whole number above 0, not ${describe(json.maxWords)}`);
  if (!phrases.length && !patterns.length && !selectors?.length && !classWords?.length) {
    throw new RuleShapeError(`${at || `rule '${m.id}'`} removes nothing: give it phrases, patterns, selectors or classWords`);
  }

  const rule: Rule = {
    meta: { ...(m as unknown as DeclarativeMeta), defaultOn: (m.defaultOn as boolean | undefined) ?? true },
    ...(selectors ? { selectors } : {}),
    ...(classWords ? { classWords: classWords.map((w) => w.toLowerCase()) } : {}),
    ...(phrases.length || patterns.length ? { classify: lineMatcher(phrases, patterns, where, json.maxWords as number | undefined) } : {}),
  };
  // The same checks as a rule module: selectors that do not parse are reported here too.
  try {
    return validateRule(rule);
  } catch (err) {
    throw new RuleShapeError(`${at ? `${at}: ` : ''}${(err as Error).message}`);
  }
}

function parseWhere(value: unknown, fail: (problem: string) => never): DeclarativeWhere {
  if (value === undefined || value === 'anywhere') return 'anywhere';
  const keys = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
  if (keys.length === 1 && (keys[0] === 'first' || keys[0] === 'last')) {
    const n = (value as Record<string, unknown>)[keys[0]];
    if (Number.isInteger(n) && (n as number) > 0) return keys[0] === 'first' ? { first: n as number } : { last: n as number };
    fail(`.${keys[0]} must be a whole number of blocks above 0, not ${describe(n)}`);
  }
  return fail(`must be "anywhere", { "first": N } or { "last": N }, not ${describe(value)}`);
}

/** "Order Reprints." and "order reprints" are the same phrase. */
function phraseKey(text: string): string {
  return text.trim().replace(/[\s.:!?…]+$/u, '').replace(/\s+/gu, ' ').toLowerCase();
}

function inScope(where: DeclarativeWhere, context: RuleContext): boolean {
  if (where === 'anywhere') return true;
  if ('first' in where) return context.index < where.first;
  return context.index >= context.document.blocks.length - where.last;
}

function lineMatcher(phrases: string[], patterns: RegExp[], where: DeclarativeWhere, maxWords: number | undefined) {
  const phraseSet = new Map(phrases.map((p) => [phraseKey(p), p]));
  return (block: Block, context: RuleContext): Finding[] | null => {
    if (!inScope(where, context)) return null;
    const findings: Finding[] = [];
    block.lines.forEach((line, i) => {
      if (maxWords !== undefined && wordsOf(line.text).length > maxWords) return;
      const phrase = phraseSet.get(phraseKey(line.text));
      if (phrase !== undefined) return void findings.push({ line: i, reason: `is the phrase "${phrase}"` });
      const pattern = patterns.find((p) => p.test(line.text));
      if (pattern) findings.push({ line: i, reason: `matches /${pattern.source}/` });
    });
    return findings.length ? findings : null;
  };
}
