/** Parsers for option values that commander hands over as strings. */
import { InvalidArgumentError } from 'commander';
import bytes from 'bytes';
import { parseShare } from './share.js';
import { parseDuration } from './duration.js';

/** "a, b,c" -> ['a', 'b', 'c'] */
export function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** For options given more than once: each value is added to the list. */
export function repeatable(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** "64MB" -> bytes. */
export function size(value: string): number {
  const n = bytes.parse(value);
  if (n === null || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a size such as 64MB or 500KB');
  return n;
}

/** A share such as 0.8 or 80%, for --max-removal. */
export function share(value: string): number {
  const n = parseShare(value);
  if (n === undefined) throw new InvalidArgumentError('expected a share between 0 and 1, such as 0.8 or 80%');
  return n;
}

/** "60s", "2m", "500ms", or a number of seconds -> milliseconds; 0 means no limit. */
export function duration(value: string): number {
  const n = parseDuration(value);
  if (n === undefined) throw new InvalidArgumentError('expected a duration such as 60s, 2m or 500ms');
  return n;
}
