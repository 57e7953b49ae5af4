/**
 * Reads one config file — `unboil.config.json`, any JSON file given with --config, or the
 * `"unboil"` key of a package.json — and checks every key and value, naming the file and
 * the key of the first problem. Relative paths in it are made absolute against the
 * file's folder, so a config works from any working directory.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import { didYouMean } from './did-you-mean.js';
import { SETTINGS, SETTING_KEYS, type RuleSetting, type UnboilConfig } from './settings.js';
import { describe } from '../rule-set/validate-rule.js';

/** The key of package.json that holds unboil's settings. */
export const PACKAGE_KEY = 'unboil';

export interface ConfigFile {
  /** Absolute path of the file. */
  path: string;
  /** Whether the settings are the "unboil" key of a package.json. */
  inPackageJson: boolean;
  config: UnboilConfig;
}

/** Reads and checks a config file. A package.json without an "unboil" key gives undefined. */
export async function readConfigFile(file: string): Promise<ConfigFile | undefined> {
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(file, undefined, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a config file' : `cannot be read (${(err as Error).message})`);
  }
  const json = parseJson(text, path);
  const inPackageJson = basename(path) === 'package.json';
  if (inPackageJson) {
    const value = (json as Record<string, unknown> | null)?.[PACKAGE_KEY];
    if (value === undefined) return undefined;
    return { path, inPackageJson, config: checkConfig(value, path, `${PACKAGE_KEY}.`) };
  }
  return { path, inPackageJson, config: checkConfig(json, path, '') };
}

/** Checks the settings object; `prefix` is where it sits in the file ("unboil." in package.json). */
export function checkConfig(value: unknown, path: string, prefix = ''): UnboilConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(path, prefix ? prefix.slice(0, -1) : undefined, `${prefix ? 'must be' : 'must hold'} an object of settings, not ${describe(value)}`);
  }
  const config: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    if (key === '$schema') continue; // editors' pointer to a schema; not a setting
    if (!SETTING_KEYS.includes(key as never)) {
      throw new ConfigError(path, prefix + key, `is not a setting${didYouMean(key, SETTING_KEYS)}; the settings are: ${SETTING_KEYS.join(', ')}`);
    }
    if (key === 'rules') {
      config.rules = checkRules(raw, path, `${prefix}rules`);
      continue;
    }
    const result = SETTINGS[key as keyof typeof SETTINGS].check(raw);
    if ('problem' in result) throw new ConfigError(path, prefix + key, result.problem);
    config[key] = result.value;
  }
  const base = dirname(path);
  if (typeof config.outDir === 'string') config.outDir = resolve(base, config.outDir);
  if (Array.isArray(config.rulesDirs)) config.rulesDirs = (config.rulesDirs as string[]).map((d) => resolve(base, d));
  return config as UnboilConfig;
}

/** `"rules": { "ads": "off", "house-promo": { "enabled": true, "options": { "maxWords": 40 } } }` */
function checkRules(value: unknown, path: string, key: string): Record<string, RuleSetting> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(path, key, `must be an object of rule ids, each "on", "off" or { "enabled", "options" }, not ${describe(value)}`);
  }
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    const at = `${key}.${id}`;
    if (setting === 'on' || setting === 'off') {
      rules[id] = { enabled: setting === 'on' };
      continue;
    }
    if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) {
      throw new ConfigError(path, at, `must be "on", "off" or an object with "enabled" and "options", not ${describe(setting)}`);
    }
    const entry: RuleSetting = {};
    for (const [field, v] of Object.entries(setting)) {
      if (field === 'enabled') {
        if (typeof v !== 'boolean') throw new ConfigError(path, `${at}.enabled`, `must be true or false, not ${describe(v)}`);
        entry.enabled = v;
      } else if (field === 'options') {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ConfigError(path, `${at}.options`, `must be an object of option values, not ${describe(v)}`);
        entry.options = v as Record<string, unknown>;
      } else {
        throw new ConfigError(path, `${at}.${field}`, `is not a rule setting${didYouMean(field, ['enabled', 'options'])}; a rule takes "enabled" and "options"`);
      }
    }
    rules[id] = entry;
  }
  return rules;
}

/** JSON.parse, with the position of a syntax error given as line and column. */
function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = (err as Error).message;
    const position = /at position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    throw new ConfigError(path, undefined, `is not valid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/s, '')}`);
  }
}
