/**
 * The site and CMS pack switches of a run: a config file's "packs" entries, then the
 * command line's --pack and --no-pack, which win (as --enable and --disable win over
 * "rules", merge-switches.ts).
 */
import { PHRASE_PACKS } from '../rules/phrases/index.js';
import { ConfigError } from './config-error.js';
import { didYouMean } from './did-you-mean.js';
import { mergeSwitches } from './merge-switches.js';
import type { ConfigFile } from './read-config.js';

export interface PackSwitches {
  enablePacks: string[];
  disablePacks: string[];
}

/** The switches a config file sets; an id that names no pack is an error of the file. */
export function configPackSwitches(file: ConfigFile | undefined): PackSwitches {
  const switches: PackSwitches = { enablePacks: [], disablePacks: [] };
  if (!file) return switches;
  const ids = PHRASE_PACKS.map((p) => p.meta.id);
  const prefix = file.inPackageJson ? 'unboil.packs' : 'packs';
  for (const [id, setting] of Object.entries(file.config.packs ?? {})) {
    if (!ids.includes(id)) throw new ConfigError(file.path, `${prefix}.${id}`, `names no pack${didYouMean(id, ids)} (the packs: ${ids.join(', ')})`);
    if (setting.enabled === true) switches.enablePacks.push(id);
    if (setting.enabled === false) switches.disablePacks.push(id);
  }
  return switches;
}

/** The config's switches with the command line's over them. */
export function mergePackSwitches(config: PackSwitches, cli: PackSwitches): PackSwitches {
  const merged = mergeSwitches({ enable: config.enablePacks, disable: config.disablePacks }, { enable: cli.enablePacks, disable: cli.disablePacks });
  return { enablePacks: merged.enable, disablePacks: merged.disable };
}
