/**
 * Where config files are looked for and how each kind is loaded, with lilconfig: the
 * search from a folder up to the root of the file system, and the loading of a file named
 * with --config. Files are only ever found from the folder the search starts in (the
 * working directory), never from beside the inputs.
 */
import { basename, extname, parse, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lilconfig, type Loader } from 'lilconfig';
import { ConfigError } from './config-error.js';
import { parseConfigJson } from './parse-json.js';

/** The key of package.json that holds unboil's settings. */
export const PACKAGE_KEY = 'unboil';

/**
 * The names looked for in each folder, in this order: the first that exists wins, so a
 * file of unboil's own comes before package.json's key, as ESLint-era tools do.
 */
export const SEARCH_PLACES = ['unboil.config.json', 'unboil.config.js', 'unboil.config.mjs', 'unboil.config.cjs', '.unboilrc.json', '.unboilrc', 'package.json'];

/** A file's settings before they are checked. */
export interface RawConfig {
  /** Absolute path of the file. */
  path: string;
  /** Whether the settings are the "unboil" key of a package.json. */
  inPackageJson: boolean;
  value: unknown;
}

const json: Loader = (path, content) => parseConfigJson(content, path);

/** A JavaScript config's default export (module.exports for CommonJS). Running it is what the user asked for by putting it there. */
const javascript: Loader = async (path) => {
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(path).href)) as { default?: unknown };
  } catch (err) {
    throw new ConfigError(path, undefined, `could not be loaded: ${(err as Error).message}`);
  }
  if (module.default === undefined) throw new ConfigError(path, undefined, 'has no default export: export the settings object (export default { ... })');
  return module.default;
};

const LOADERS = { '.json': json, noExt: json, '.js': javascript, '.mjs': javascript, '.cjs': javascript };

function explorer(from: string) {
  // Caches are per explorer: a run makes one search, a long-lived program may search again after a change.
  return lilconfig(PACKAGE_KEY, { searchPlaces: SEARCH_PLACES, loaders: LOADERS, stopDir: parse(from).root, ignoreEmptySearchPlaces: false, cache: false });
}

/** The nearest config from `cwd` upwards, or undefined. */
export async function searchConfig(cwd: string): Promise<RawConfig | undefined> {
  const from = resolve(cwd);
  const found = await explorer(from).search(from);
  return found ? raw(found.filepath, found.config, found.isEmpty) : undefined;
}

/** The file named with --config; undefined for a package.json without an "unboil" key. */
export async function loadConfig(file: string): Promise<RawConfig | undefined> {
  const path = resolve(file);
  const extension = extname(path);
  if (extension !== '' && !(extension in LOADERS)) {
    throw new ConfigError(file, undefined, `is not a config file unboil can read: name a .json, .js, .mjs or .cjs file, or a package.json`);
  }
  let loaded: Awaited<ReturnType<ReturnType<typeof explorer>['load']>>;
  try {
    loaded = await explorer(path).load(path);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(file, undefined, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a config file' : `cannot be read (${(err as Error).message})`);
  }
  if (basename(path) === 'package.json' && (loaded?.config === null || loaded?.config === undefined)) return undefined;
  return raw(path, loaded?.config, loaded?.isEmpty);
}

function raw(path: string, value: unknown, isEmpty: boolean | undefined): RawConfig {
  if (isEmpty) throw new ConfigError(path, undefined, 'is empty: it must hold an object of settings ({} for none)');
  return { path, inPackageJson: basename(path) === 'package.json', value };
}
