/**
 * Options several commands share, declared once so that `check`, `diff` and the main
 * command read config files, custom rules and inputs the same way.
 */
import { Option, type Command } from 'commander';
import bytes from 'bytes';
import { DEFAULT_MAX_SIZE } from '../io/read-input.js';
import { list, repeatable, size } from './option-parsers.js';
import { packToggles } from './pack-switches.js';

/** --config FILE, --no-config, --rules-dir DIR (repeatable). */
export function addConfigOptions(command: Command): Command {
  return command
    .option('--config <file>', 'read settings from this file (JSON, .js, .mjs) instead of the nearest unboil.config.json/.js/.mjs, .unboilrc.json or package.json "unboil" key')
    .option('--no-config', 'read no config file')
    .option('--rules-dir <dir>', 'load custom rules (.js, .mjs, .json) from this folder; repeatable', repeatable, []);
}

/** --enable RULES, --disable RULES. */
export function addRuleSwitchOptions(command: Command): Command {
  return command
    .option('--enable <rules>', 'switch on rules (comma-separated ids)', list, [])
    .option('--disable <rules>', 'switch off rules (comma-separated ids)', list, []);
}

/** --pack PACKS, --no-pack PACKS: the site and CMS packs of the built-in rules' phrases. */
export function addPackSwitchOptions(command: Command): Command {
  return command
    .option('--pack <packs>', 'switch on site and CMS packs of phrases (comma-separated ids, see unboil rules)', packToggles('+'))
    .option('--no-pack <packs>', "switch off site and CMS packs: their sentences stay (comma-separated ids; repeatable)", packToggles('-'));
}

/** --exclude, --input, --lang, --max-size: which files, and how to read them. */
export function addInputOptions(command: Command): Command {
  return command
    .option('--exclude <globs>', 'leave out files the input globs match (comma-separated; a pattern without / matches file names)', list, [])
    .addOption(new Option('--input <kind>', 'input kind').choices(['auto', 'text', 'markdown', 'html']).default('auto'))
    .option('--lang <code>', 'language of the inputs (ISO 639-1), for stop words')
    .addOption(maxSizeOption());
}

/** --max-size, its default shown as a size (64MB) rather than a count of bytes. */
export function maxSizeOption(): Option {
  return new Option('--max-size <size>', 'refuse inputs larger than this').argParser(size).default(DEFAULT_MAX_SIZE, bytes.format(DEFAULT_MAX_SIZE, { unitSeparator: '' }) ?? undefined);
}

/** --color, --no-color, -q/--quiet. */
export function addOutputOptions(command: Command): Command {
  return command.option('--color', 'force colour').option('--no-color', 'no colour').option('-q, --quiet', 'no warnings or summary on stderr', false);
}
