/**
 * `unboil config --print` as text: one `key = value` line per setting, rule switch, rule
 * option and pack switch, in the file's own key names, each followed by where the value
 * came from.
 */
import bytes from 'bytes';
import type { ChalkInstance } from 'chalk';
import type { ConfigDescription } from '../config/describe-config.js';

/** Sizes and durations as a config file would say them: "64MB", "60s". */
function readable(key: string, value: number): string | number {
  if (key === 'maxSize') return bytes.format(value, { unitSeparator: '' }) ?? value;
  if (key === 'timeout') return value === 0 ? 0 : value % 1000 === 0 ? `${value / 1000}s` : `${value}ms`;
  return value;
}

export function formatConfig(description: ConfigDescription, chalk: ChalkInstance): string {
  const rows: [string, string][] = [];
  for (const [key, { value, source }] of Object.entries(description.settings)) {
    const shown = JSON.stringify(typeof value === 'number' ? readable(key, value) : value);
    rows.push([`${key} = ${shown}`, source]);
  }
  for (const [id, rule] of Object.entries(description.rules)) {
    const definedIn = rule.definedIn === 'built-in' ? '' : `; rule from ${rule.definedIn}`;
    rows.push([`rules.${id} = "${rule.enabled.value ? 'on' : 'off'}"`, `${rule.enabled.source}${definedIn}`]);
    for (const [name, option] of Object.entries(rule.options)) rows.push([`rules.${id}.options.${name} = ${JSON.stringify(option.value)}`, option.source]);
  }
  for (const [id, pack] of Object.entries(description.packs)) rows.push([`packs.${id} = "${pack.value ? 'on' : 'off'}"`, pack.source]);
  const width = Math.max(...rows.map(([line]) => line.length));
  const header = chalk.dim(`# config file: ${description.file ?? 'none found (defaults only)'}`);
  return [header, ...rows.map(([line, source]) => `${line.padEnd(width)}  ${chalk.dim(`# ${source}`)}`)].join('\n') + '\n';
}
