/** `unboil rules [--json]`: the rules a run has, built-in and custom, and which are on; the packs of phrases, and which are on. */
import type { Command } from 'commander';
import { selectRules } from '../rule-set/select.js';
import { chalkFor } from './color.js';
import { formatRuleList, ruleInfo } from './list-rules.js';
import { prepareRun } from './run-setup.js';
import { addConfigOptions, addPackSwitchOptions } from './shared-options.js';
import { writeStdout } from '../io/write-stdout.js';

export function registerRulesCommand(program: Command): void {
  const command = program
    .command('rules')
    .description('list the rules: id, category, on/off, what they remove (custom ones with their file); then the site and CMS packs of phrases, on/off')
    .option('--json', 'print the list as JSON, with options and documentation pages', false)
    .option('--color', 'force colour')
    .option('--no-color', 'no colour');
  addPackSwitchOptions(addConfigOptions(command)).action(async (opts) => {
    const setup = await prepareRun(opts);
    const enabled = new Set(selectRules(setup, setup.rules).map((r) => r.meta.id));
    if (opts.json) await writeStdout(JSON.stringify(ruleInfo(setup.loaded, enabled, setup), null, 2) + '\n');
    else await writeStdout(formatRuleList(chalkFor(process.stdout, opts.color), setup.loaded, enabled, setup));
  });
}
