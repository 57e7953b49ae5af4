/**
 * A schema's refusal as a config error naming the file and the key. Of several problems
 * the one that comes first in the file is told, as a reader going through it would meet it.
 */
import type * as z from 'zod';
import { ConfigError } from './config-error.js';

/** `prefix` is where the checked object sits in the file ("unboil." in package.json, "rules.x.options." for a rule's options). */
export function configErrorFrom(error: z.ZodError, value: unknown, path: string, prefix = ''): ConfigError {
  const issue = [...error.issues].sort((a, b) => position(value, keyPath(a)) - position(value, keyPath(b)))[0]!;
  return new ConfigError(path, prefix + keyPath(issue).join('.'), issue.message);
}

/** The key an issue is about: its path, and for an unknown key, that key. */
function keyPath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
}

/** Where the first key of a path stands among the object's keys. */
function position(value: unknown, path: PropertyKey[]): number {
  if (typeof value !== 'object' || value === null || path.length === 0) return -1;
  return Object.keys(value).indexOf(String(path[0]));
}
