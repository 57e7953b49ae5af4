/**
 * Checks a config file's settings against the schema (settings-schema.ts), naming the
 * file and the key of the first problem. Relative paths in it are made absolute against
 * the file's folder, so a config works from any working directory. Loaded only when a
 * config file is found: the schema's package is not needed otherwise.
 */
import { dirname, resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import { configErrorFrom } from './schema-issue.js';
import { configSchema } from './settings-schema.js';
import type { UnboilConfig } from './settings.js';
import { describe } from '../rule-set/validate-rule.js';
import { PACKAGE_KEY, type RawConfig } from './config-loader.js';

export interface ConfigFile {
  /** Absolute path of the file. */
  path: string;
  /** Whether the settings are the "unboil" key of a package.json. */
  inPackageJson: boolean;
  config: UnboilConfig;
}

export function checkConfigFile(raw: RawConfig): ConfigFile {
  return { path: raw.path, inPackageJson: raw.inPackageJson, config: checkConfig(raw.value, raw.path, raw.inPackageJson ? `${PACKAGE_KEY}.` : '') };
}

/** Checks the settings object; `prefix` is where it sits in the file ("unboil." in package.json). */
export function checkConfig(value: unknown, path: string, prefix = ''): UnboilConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(path, prefix ? prefix.slice(0, -1) : undefined, `${prefix ? 'must be' : 'must hold'} an object of settings, not ${describe(value)}`);
  }
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) throw configErrorFrom(parsed.error, value, path, prefix);
  const { $schema: _, ...config } = parsed.data;
  const base = dirname(path);
  if (config.outDir !== undefined) config.outDir = resolve(base, config.outDir);
  if (config.rulesDirs !== undefined) config.rulesDirs = config.rulesDirs.map((d) => resolve(base, d));
  return config as UnboilConfig;
}
