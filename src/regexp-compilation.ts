/**
 * V8 compiles a regular expression twice by default: to bytecode when it first runs, and
 * again to machine code when it runs once more ("tier-up"). The rules hold thousands of
 * patterns, and most of those a document calls for run more than once, so nearly all are
 * compiled twice. Compiled once, straight to machine code, the library's first `clean()`
 * of a small file took about 130 ms instead of 190 ms, and each later one about 20 ms
 * instead of 35 ms (docs/internals.md).
 *
 * The command starts node with `--no-regexp-tier-up` (bin/unboil.js). A program using the
 * library gets the same at its first `clean()`, by this call. It changes how V8 compiles
 * every regular expression of the process from then on (straight to machine code, as V8
 * did before tier-up), so a program started with `--regexp-tier-up` or
 * `--no-regexp-tier-up`, on its command line or in NODE_OPTIONS, keeps its own choice.
 */
import { setFlagsFromString } from 'node:v8';

let decided = false;

/** Turns V8's regular expression tier-up off for the process, once, unless node was told either way. */
export function compileRegexpsOnce(): void {
  if (decided) return;
  decided = true;
  if (regexpTierUpChosen([...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)])) return;
  setFlagsFromString('--no-regexp-tier-up');
}

/** Whether node's arguments already say whether regular expressions tier up. */
export function regexpTierUpChosen(args: readonly string[]): boolean {
  return args.some((arg) => /^--(?:no-)?regexp[-_]tier[-_]up(?:=|$)/.test(arg));
}
