/**
 * Finds the config file for a run: the one given with --config, or else the nearest one
 * walking up from the working directory to the root of the file system (config-loader.ts
 * says which names, in which order), and checks it.
 */
import { resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import { loadConfig, searchConfig, type RawConfig } from './config-loader.js';
import type { ConfigFile } from './read-config.js';

export interface FindConfigOptions {
  /** --config FILE; `false` for --no-config (no file is read). */
  explicit?: string | false;
  /** Where the walk starts; the working directory unless given. */
  cwd?: string;
}

export async function findConfig(options: FindConfigOptions = {}): Promise<ConfigFile | undefined> {
  if (options.explicit === false) return undefined;
  let raw: RawConfig | undefined;
  if (options.explicit !== undefined) {
    raw = await loadConfig(options.explicit);
    if (!raw) throw new ConfigError(options.explicit, undefined, 'has no "unboil" key');
  } else {
    raw = await searchConfig(resolve(options.cwd ?? process.cwd()));
  }
  if (!raw) return undefined;
  // The schema is loaded only when there is a file to check: most runs have none.
  const { checkConfigFile } = await import('./read-config.js');
  return checkConfigFile(raw);
}
