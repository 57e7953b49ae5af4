/**
 * Finds the config file for a run: the one given with --config, or else the nearest
 * `unboil.config.json`, or package.json with an "unboil" key, walking up from the
 * working directory to the root of the file system. In one folder, unboil.config.json
 * wins over package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readConfigFile, type ConfigFile } from './read-config.js';
import { ConfigError } from './config-error.js';

export const CONFIG_FILE_NAME = 'unboil.config.json';

export interface FindConfigOptions {
  /** --config FILE; `false` for --no-config (no file is read). */
  explicit?: string | false;
  /** Where the walk starts; the working directory unless given. */
  cwd?: string;
}

export async function findConfig(options: FindConfigOptions = {}): Promise<ConfigFile | undefined> {
  if (options.explicit === false) return undefined;
  if (options.explicit !== undefined) {
    const file = await readConfigFile(options.explicit);
    if (!file) throw new ConfigError(options.explicit, undefined, 'has no "unboil" key');
    return file;
  }
  let dir = resolve(options.cwd ?? process.cwd());
  for (;;) {
    for (const name of [CONFIG_FILE_NAME, 'package.json']) {
      const candidate = join(dir, name);
      if (!existsSync(candidate)) continue;
      const file = await readConfigFile(candidate);
      if (file) return file;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
