/** A config file's keys and values are checked, and every message names the file and the key. */
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../src/config/read-config.js';
import { applyRuleSettings, mergeSwitches } from '../../src/config/rule-settings.js';
import { loadRules } from '../../src/rule-set/load-custom.js';
import { ROOT } from '../helpers/cli.js';

const FILE = '/projects/news/unboil.config.json';
const CUSTOM = `${ROOT}fixtures/custom-rules`;

function problem(value: unknown, prefix = ''): string {
  try {
    checkConfig(value, FILE, prefix);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected the config to be refused');
}

describe('config values', () => {
  it('accepts every setting', () => {
    const config = checkConfig(
      { $schema: './schema.json', format: 'jsonl', input: 'html', outDir: 'out', exclude: ['*.bak'], lang: 'de', title: false, maxSize: '2MB', quiet: true, rules: { ads: 'off', share: 'on', related: { enabled: false } }, rulesDirs: ['r'] },
      FILE,
    );
    expect(config).toMatchObject({ format: 'jsonl', input: 'html', outDir: '/projects/news/out', exclude: ['*.bak'], lang: 'de', title: false, maxSize: 2 * 1024 * 1024, quiet: true, rulesDirs: ['/projects/news/r'] });
    expect(config.rules).toEqual({ ads: { enabled: false }, share: { enabled: true }, related: { enabled: false } });
  });

  it('an unknown key is named with the file, a likely meant key and the list of keys', () => {
    expect(problem({ fromat: 'json' })).toBe(`${FILE}: "fromat" is not a setting (did you mean "format"?); the settings are: rules, packs, format, input, outDir, exclude, lang, title, maxSize, maxRemoval, timeout, decision, quiet, rulesDirs`);
    expect(problem({ colour: true })).toMatch(/^\/projects\/news\/unboil\.config\.json: "colour" is not a setting; the settings are:/);
  });

  it.each([
    [{ format: 'xml' }, '"format" must be one of "text", "markdown", "json", "jsonl", not the string "xml"'],
    [{ input: 3 }, '"input" must be one of "auto", "text", "markdown", "html", not the number 3'],
    [{ title: 'no' }, '"title" must be true or false, not the string "no"'],
    [{ maxSize: 'huge' }, '"maxSize" must be a size such as "64MB" or a number of bytes, not the string "huge"'],
    [{ maxSize: -1 }, '"maxSize" must be a size such as "64MB" or a number of bytes, not the number -1'],
    [{ maxRemoval: '120%' }, '"maxRemoval" must be a share between 0 and 1 such as 0.8 or "80%", not the string "120%"'],
    [{ exclude: '*.bak' }, '"exclude" must be an array of non-empty strings, not the string "*.bak"'],
    [{ lang: 'english' }, '"lang" must be a two-letter language code (ISO 639-1) such as "en", not the string "english"'],
    [{ rulesDirs: [''] }, '"rulesDirs" must be an array of non-empty strings, not an array'],
    [{ rules: ['ads'] }, '"rules" must be an object of rule ids'],
    [{ rules: { ads: 'disabled' } }, '"rules.ads" must be "on", "off" or an object with "enabled" and "options", not the string "disabled"'],
    [{ rules: { ads: { enable: false } } }, '"rules.ads.enable" is not a rule setting (did you mean "enabled"?)'],
    [{ rules: { ads: { enabled: 'yes' } } }, '"rules.ads.enabled" must be true or false, not the string "yes"'],
    [{ rules: { ads: { options: [] } } }, '"rules.ads.options" must be an object of option values, not an array'],
    [{ packs: ['wordpress'] }, '"packs" must be an object of pack ids, each "on" or "off", not an array'],
    [{ packs: { bbc: 3 } }, '"packs.bbc" must be "on", "off", true, false or an object with "enabled", not the number 3'],
    [{ packs: { bbc: { enable: false } } }, '"packs.bbc.enable" is not a pack setting (did you mean "enabled"?)'],
    [{ timeout: '-1s' }, '"timeout" must be a duration such as "60s" or "2m", or a number of seconds, not the string "-1s"'],
    [{ decision: 'rule' }, '"decision" must be one of "model", "rules", not the string "rule"'],
    [{ outDir: ' ' }, '"outDir" must be a path, not the string " "'],
    [{ outDir: 7 }, '"outDir" must be a path, not the number 7'],
  ])('%j is refused: %s', (config, message) => {
    expect(problem(config)).toContain(`${FILE}: ${message}`);
  });

  it('in package.json, keys are named under "unboil"', () => {
    expect(problem({ format: 'xml' }, 'unboil.')).toContain(`${FILE}: "unboil.format" must be one of`);
    expect(problem('json', 'unboil.')).toBe(`${FILE}: "unboil" must be an object of settings, not the string "json"`);
  });

  it('parses sizes, shares and durations as the command line does', () => {
    expect(checkConfig({ maxSize: 1000, maxRemoval: '90%', timeout: 2.5 }, FILE)).toEqual({ maxSize: 1000, maxRemoval: 0.9, timeout: 2500 });
    expect(checkConfig({ timeout: '2m', maxRemoval: 0.5 }, FILE)).toEqual({ timeout: 120_000, maxRemoval: 0.5 });
    expect(checkConfig({ decision: 'rules' }, FILE)).toEqual({ decision: 'rules' });
  });

  it('of several problems, the one that comes first in the file is told', () => {
    expect(problem({ title: 'no', fromat: 'json', format: 'xml' })).toMatch(/: "title" must be true or false/);
    expect(problem({ fromat: 'json', title: 'no' })).toMatch(/: "fromat" is not a setting/);
  });

  it('a file that is not an object of settings is refused', () => {
    expect(problem([1, 2])).toBe(`${FILE}: must hold an object of settings, not an array`);
  });
});

describe('rule settings against the rules a run has', () => {
  const file = (rules: object) => ({ path: FILE, inPackageJson: false, config: checkConfig({ rules }, FILE) });

  it('switches rules on and off, and the command line wins', async () => {
    const loaded = await loadRules();
    const settings = applyRuleSettings(loaded, file({ ads: 'off', metadata: { enabled: false }, share: 'on' }));
    expect(settings).toMatchObject({ enable: ['share'], disable: ['ads', 'metadata'] });
    expect(mergeSwitches(settings, { enable: ['ads'], disable: ['share'] })).toEqual({ enable: ['ads'], disable: ['metadata', 'share'] });
  });

  it('an id that names no rule is refused with the file, the key and the nearest id', async () => {
    const loaded = await loadRules();
    expect(() => applyRuleSettings(loaded, file({ newsleter: 'off' }))).toThrow(`${FILE}: "rules.newsleter" names no rule (did you mean "newsletter"?)`);
    // A custom rule's id is known only when its folder is loaded.
    expect(() => applyRuleSettings(loaded, file({ 'house-promo': 'off' }))).toThrow(/"rules\.house-promo" names no rule/);
    expect(() => applyRuleSettings(loaded, { path: FILE, inPackageJson: true, config: checkConfig({ rules: { nope: 'on' } }, FILE) })).toThrow(`"unboil.rules.nope" names no rule`);
  });

  it('sets the options a rule declares, and refuses unknown options and values of the wrong type', async () => {
    const loaded = await loadRules([CUSTOM]);
    const settings = applyRuleSettings(loaded, file({ 'house-promo': { options: { maxWords: 5 } } }));
    expect(settings.loaded.find((l) => l.rule.meta.id === 'house-promo')!.rule.meta.options!.maxWords!.default).toBe(5);
    expect(() => applyRuleSettings(loaded, file({ 'house-promo': { options: { maxWords: '5' } } }))).toThrow(
      `${FILE}: "rules.house-promo.options.maxWords" must be a number, not a string ("5")`,
    );
    expect(() => applyRuleSettings(loaded, file({ 'house-promo': { options: { maxWord: 5 } } }))).toThrow(
      `${FILE}: "rules.house-promo.options.maxWord" is not an option of this rule (its options: maxWords)`,
    );
    expect(() => applyRuleSettings(loaded, file({ newsletter: { options: { strict: true } } }))).toThrow(/"rules\.newsletter\.options\.strict" is not an option of this rule \(it has no options\)/);
    // A JavaScript config can say what JSON cannot.
    expect(() => applyRuleSettings(loaded, file({ 'house-promo': { options: { maxWords: Infinity } } }))).toThrow(`${FILE}: "rules.house-promo.options.maxWords" must be a finite number`);
  });
});
