/**
 * The schema of a config file's settings (zod). Values are checked and parsed in one
 * pass: sizes ("64MB"), shares ("80%") and durations ("60s") come out as numbers, and
 * a rule's "on" and "off" as `{ enabled }`. Every refusal says what the key may hold
 * (schema-messages.ts); schema-issue.ts names the file and the key.
 */
import bytes from 'bytes';
import * as z from 'zod';
import { parseShare } from '../cli/share.js';
import { parseDuration } from '../cli/duration.js';
import { didYouMean } from './did-you-mean.js';
import { must } from './schema-messages.js';
import { SETTING_KEYS, type SettingKey } from './settings.js';

const FORMATS = ['text', 'markdown', 'json', 'jsonl'] as const;
const INPUTS = ['auto', 'text', 'markdown', 'html'] as const;
const DECISIONS = ['model', 'rules'] as const;

const oneOf = <const T extends readonly [string, ...string[]]>(choices: T) => z.enum(choices, { error: must(`one of ${choices.map((c) => `"${c}"`).join(', ')}`) });
const boolean = z.boolean({ error: must('true or false') });
const nonEmpty = (s: unknown) => typeof s === 'string' && s.trim() !== '';
const path = z.string({ error: must('a path') }).refine(nonEmpty, { error: must('a path') });
const strings = z.custom<string[]>((v) => Array.isArray(v) && v.every(nonEmpty), { error: must('an array of non-empty strings') });
const langCode = z.string({ error: must('a two-letter language code (ISO 639-1) such as "en"') }).regex(/^[a-z]{2}$/, { error: must('a two-letter language code (ISO 639-1) such as "en"') });

/** A value read by a parser of the command line's (sizes, shares, durations): the parsed number, or the expectation as the refusal. */
const parsedBy = (parse: (value: unknown) => number | undefined, expectation: string) =>
  z.unknown().transform((value, context) => {
    const n = parse(value);
    if (n !== undefined) return n;
    context.addIssue({ code: 'custom', message: must(expectation)({ code: 'custom', input: value } as z.core.$ZodRawIssue) });
    return z.NEVER;
  });

const size = parsedBy((v) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? bytes.parse(v) : null;
  return n !== null && Number.isFinite(n) && n > 0 ? n : undefined;
}, 'a size such as "64MB" or a number of bytes');
const share = parsedBy(parseShare, 'a share between 0 and 1 such as 0.8 or "80%"');
const duration = parsedBy((v) => (typeof v === 'number' ? (v >= 0 ? Math.round(v * 1000) : undefined) : typeof v === 'string' ? parseDuration(v) : undefined), 'a duration such as "60s" or "2m", or a number of seconds');

/** `"ads": "off"`, or `{ "enabled": false, "options": { ... } }`; the options are checked against the rule's own (rule-options-schema.ts). */
const ruleSetting = z.preprocess(
  (v) => (v === 'on' ? { enabled: true } : v === 'off' ? { enabled: false } : v),
  z.strictObject(
    {
      enabled: boolean.optional(),
      options: z.record(z.string(), z.unknown(), { error: must('an object of option values') }).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `is not a rule setting${didYouMean(issue.keys[0]!, ['enabled', 'options'])}; a rule takes "enabled" and "options"`
          : must('"on", "off" or an object with "enabled" and "options"')(issue),
    },
  ),
);

/** `"wordpress": "off"`, `false`, or `{ "enabled": false }`. */
const packSetting = z.preprocess(
  (v) => (v === 'on' || v === true ? { enabled: true } : v === 'off' || v === false ? { enabled: false } : v),
  z.strictObject(
    { enabled: boolean.optional() },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `is not a pack setting${didYouMean(issue.keys[0]!, ['enabled'])}; a pack takes "enabled"`
          : must('"on", "off", true, false or an object with "enabled"')(issue),
    },
  ),
);

const SHAPE = {
  rules: z.record(z.string(), ruleSetting, { error: must('an object of rule ids, each "on", "off" or { "enabled", "options" }') }).optional(),
  packs: z.record(z.string(), packSetting, { error: must('an object of pack ids, each "on" or "off"') }).optional(),
  format: oneOf(FORMATS).optional(),
  input: oneOf(INPUTS).optional(),
  outDir: path.optional(),
  exclude: strings.optional(),
  lang: langCode.optional(),
  title: boolean.optional(),
  maxSize: size.optional(),
  maxRemoval: share.optional(),
  timeout: duration.optional(),
  decision: oneOf(DECISIONS).optional(),
  quiet: boolean.optional(),
  rulesDirs: strings.optional(),
} satisfies { [K in SettingKey]: z.ZodType };

export const configSchema = z.strictObject(
  {
    ...SHAPE,
    $schema: z.unknown().optional(), // editors' pointer to a schema; not a setting
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `is not a setting${didYouMean(issue.keys[0]!, SETTING_KEYS)}; the settings are: ${SETTING_KEYS.join(', ')}` : undefined,
  },
);
