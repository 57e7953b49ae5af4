/**
 * What a config file may set, and how each value is checked. Every setting except
 * `rules` and `rulesDirs` is the default of the command-line option of the same name.
 */
import bytes from 'bytes';
import { describe } from '../rule-set/validate-rule.js';
import { parseShare } from '../cli/share.js';
import { parseDuration } from '../cli/duration.js';

/** A rule's entry in the config: switched on or off, and option values. */
export interface RuleSetting {
  enabled?: boolean;
  options?: { [option: string]: unknown };
}

export interface UnboilConfig {
  /** Rule switches and options, by rule id. */
  rules?: { [ruleId: string]: RuleSetting };
  /** Folders of custom rules, resolved against the config file's folder. */
  rulesDirs?: string[];
  format?: 'text' | 'markdown' | 'json' | 'jsonl';
  input?: 'auto' | 'text' | 'markdown' | 'html';
  /** Resolved against the config file's folder. */
  outDir?: string;
  exclude?: string[];
  lang?: string;
  title?: boolean;
  /** Bytes; the file may say "64MB". */
  maxSize?: number;
  /** The recall guard's threshold, a share of the prose (0..1); the file may say "80%". */
  maxRemoval?: number;
  /** Milliseconds one document may take; the file may say "60s" or give seconds. */
  timeout?: number;
  quiet?: boolean;
}

export type SettingKey = keyof UnboilConfig;

/** Checks a value; returns the parsed value, or a problem ("must be ...") to report with the key. */
type Check = (value: unknown) => { value: unknown } | { problem: string };

const oneOf =
  (...choices: string[]): Check =>
  (v) =>
    typeof v === 'string' && choices.includes(v) ? { value: v } : { problem: `must be one of ${choices.map((c) => `"${c}"`).join(', ')}, not ${describe(v)}` };

const boolean: Check = (v) => (typeof v === 'boolean' ? { value: v } : { problem: `must be true or false, not ${describe(v)}` });

const path: Check = (v) => (typeof v === 'string' && v.trim() !== '' ? { value: v } : { problem: `must be a path, not ${describe(v)}` });

const strings: Check = (v) =>
  Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '') ? { value: v } : { problem: `must be an array of non-empty strings, not ${describe(v)}` };

const langCode: Check = (v) => (typeof v === 'string' && /^[a-z]{2}$/.test(v) ? { value: v } : { problem: `must be a two-letter language code (ISO 639-1) such as "en", not ${describe(v)}` });

const size: Check = (v) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? bytes.parse(v) : null;
  return n !== null && Number.isFinite(n) && n > 0 ? { value: n } : { problem: `must be a size such as "64MB" or a number of bytes, not ${describe(v)}` };
};

const share: Check = (v) => {
  const n = parseShare(v);
  return n === undefined ? { problem: `must be a share between 0 and 1 such as 0.8 or "80%", not ${describe(v)}` } : { value: n };
};

const durationSetting: Check = (v) => {
  const n = typeof v === 'number' ? (v >= 0 ? Math.round(v * 1000) : undefined) : typeof v === 'string' ? parseDuration(v) : undefined;
  return n !== undefined ? { value: n } : { problem: `must be a duration such as "60s" or "2m", or a number of seconds, not ${describe(v)}` };
};

/** The settings other than `rules`, in the order `config --print` shows them. */
export const SETTINGS: { readonly [K in Exclude<SettingKey, 'rules'>]: { check: Check; help: string } } = {
  format: { check: oneOf('text', 'markdown', 'json', 'jsonl'), help: 'output format' },
  input: { check: oneOf('auto', 'text', 'markdown', 'html'), help: 'input kind' },
  outDir: { check: path, help: 'folder for cleaned files (relative to the config file)' },
  exclude: { check: strings, help: 'globs of files to leave out' },
  lang: { check: langCode, help: 'language of the inputs' },
  title: { check: boolean, help: 'keep the title line in text output' },
  maxSize: { check: size, help: 'largest input accepted' },
  maxRemoval: { check: share, help: 'share of the prose past which the recall guard keeps the main run' },
  timeout: { check: durationSetting, help: 'time one document may take ("60s", "2m"; 0: no limit)' },
  quiet: { check: boolean, help: 'no warnings or summary on stderr' },
  rulesDirs: { check: strings, help: 'folders of custom rules (relative to the config file)' },
};

export const SETTING_KEYS = ['rules', ...Object.keys(SETTINGS)] as SettingKey[];
