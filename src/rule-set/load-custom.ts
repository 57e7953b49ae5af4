/**
 * Loads the user's own rules from the folders they name (with --rules-dir or in the config
 * file; never from the inputs): ES modules (.js, .mjs) exporting rule objects, and JSON
 * files holding declarative rules. Any problem fails the whole run with the file's path
 * and the reason, before any input is read.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule } from '../types.js';
import { builtInRules } from '../rules/index.js';
import { compileDeclarativeRule } from './declarative.js';
import { RuleShapeError, validateRule } from './validate-rule.js';

/** A rule and where it came from: "built-in", or the file that defines it. */
export interface LoadedRule {
  rule: Rule;
  source: string;
}

export class CustomRuleError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export const BUILT_IN = 'built-in';

const MODULE_EXTENSIONS = new Set(['.js', '.mjs']);

/** The built-in rules followed by the rules of each folder, in folder order, files by name. */
export async function loadRules(rulesDirs: readonly string[] = []): Promise<LoadedRule[]> {
  const loaded: LoadedRule[] = builtInRules.map((rule) => ({ rule, source: BUILT_IN }));
  for (const dir of rulesDirs) {
    for (const item of await loadRulesDir(dir)) {
      const taken = loaded.find((l) => l.rule.meta.id === item.rule.meta.id);
      if (taken) {
        const where = taken.source === BUILT_IN ? 'a built-in rule' : `a rule in ${taken.source}`;
        throw new CustomRuleError(item.source, `rule id '${item.rule.meta.id}' is already taken by ${where}`);
      }
      loaded.push(item);
    }
  }
  return loaded;
}

/** The rules defined in one folder's files (not its subfolders). */
export async function loadRulesDir(dir: string): Promise<LoadedRule[]> {
  const folder = resolve(dir);
  let names: string[];
  try {
    if (!(await stat(folder)).isDirectory()) throw new CustomRuleError(dir, 'is not a folder (--rules-dir and "rulesDirs" name folders of rule files)');
    names = (await readdir(folder)).sort();
  } catch (err) {
    if (err instanceof CustomRuleError) throw err;
    throw new CustomRuleError(dir, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : `cannot read the folder (${(err as Error).message})`);
  }
  const loaded: LoadedRule[] = [];
  for (const name of names) {
    // Names starting with "_" are helpers that rule files import; dotfiles are editors' and tools'.
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const file = join(folder, name);
    const ext = extname(name);
    if (ext === '.ts' && !name.endsWith('.d.ts') && !names.includes(name.slice(0, -3) + '.js')) {
      throw new CustomRuleError(file, 'TypeScript rules must be compiled to JavaScript first (unboil loads .js, .mjs and .json files)');
    }
    let rules: Rule[];
    if (MODULE_EXTENSIONS.has(ext)) rules = await rulesOfModule(file);
    else if (ext === '.json') rules = await rulesOfJson(file);
    else continue;
    for (const rule of rules) {
      const twin = loaded.find((l) => l.rule.meta.id === rule.meta.id);
      if (twin) throw new CustomRuleError(file, `rule id '${rule.meta.id}' is already taken by ${twin.source === file ? 'another rule in this file' : `a rule in ${twin.source}`}`);
      loaded.push({ rule, source: file });
    }
  }
  return loaded;
}

/**
 * A module's rules: its default export (a rule or an array of rules), or else every
 * named export that is an object with a `meta` (or, in the flat shape of old, an `id`).
 * Other named exports (helpers, constants) are left alone.
 */
async function rulesOfModule(file: string): Promise<Rule[]> {
  let module: Record<string, unknown>;
  try {
    module = await import(pathToFileURL(file).href);
  } catch (err) {
    throw new CustomRuleError(file, `cannot be loaded: ${firstLine(err)}`);
  }
  let candidates: [string, unknown][];
  if (module.default !== undefined) {
    const value = module.default;
    candidates = Array.isArray(value) ? value.map((v, i) => [`default export [${i}]`, v]) : [['default export', value]];
  } else {
    candidates = Object.entries(module).filter(([, v]) => typeof v === 'object' && v !== null && ('meta' in v || 'id' in v)).map(([name, v]) => [`export "${name}"`, v]);
  }
  if (candidates.length === 0) throw new CustomRuleError(file, 'exports no rule (export default a rule or an array of rules, or export rule objects by name)');
  return candidates.map(([what, value]) => {
    try {
      return validateRule(value);
    } catch (err) {
      if (err instanceof RuleShapeError) throw new CustomRuleError(file, `${what}: ${err.message}`);
      throw err;
    }
  });
}

/** A JSON file holds one declarative rule, or an array of them. */
async function rulesOfJson(file: string): Promise<Rule[]> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new CustomRuleError(file, `${err instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read'}: ${firstLine(err)}`);
  }
  const items = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v] as const) : [['', value] as const];
  if (items.length === 0) throw new CustomRuleError(file, 'holds an empty array: no rule');
  return items.map(([at, v]) => {
    try {
      return compileDeclarativeRule(v, at);
    } catch (err) {
      if (err instanceof RuleShapeError) throw new CustomRuleError(file, err.message);
      throw err;
    }
  });
}

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0]!;
}
