/** `unboil rules`: every rule module with its category, default state and description. */
import type { ChalkInstance } from 'chalk';
import { builtInRules } from '../rules/index.js';

export function formatRuleList(chalk: ChalkInstance): string {
  const idWidth = Math.max(...builtInRules.map((r) => r.id.length));
  const catWidth = Math.max(...builtInRules.map((r) => r.category.length));
  const rows = builtInRules.map((r) => {
    const state = r.defaultOn ? chalk.green('on ') : chalk.dim('off');
    return `${chalk.bold(r.id.padEnd(idWidth))}  ${r.category.padEnd(catWidth)}  ${state}  ${r.description}`;
  });
  return rows.join('\n') + '\n';
}
