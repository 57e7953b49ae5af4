/**
 * Turns the command line's inputs into a list of paths. Glob patterns are expanded with
 * fast-glob (so quoting them works the same on every shell); plain paths are passed on
 * as they are, so that a missing file is reported by name rather than silently skipped.
 */

/** Characters that can make a pattern a glob; a plain path without them needs no glob library. */
const GLOB_CHARACTERS = /[*?[\]{}()!+@]/;

export interface ExpandedInputs {
  paths: string[];
  /** Patterns that matched no file. */
  unmatched: string[];
}

/** `exclude` patterns without a slash match file names anywhere, like .gitignore entries. */
export async function expandInputs(inputs: readonly string[], exclude: readonly string[] = []): Promise<ExpandedInputs> {
  const ignore = exclude.map((p) => (p.includes('/') ? p : `**/${p}`));
  const paths: string[] = [];
  const unmatched: string[] = [];
  // fast-glob is loaded only when some input may be a pattern: plain paths start faster.
  const fg = inputs.some((i) => GLOB_CHARACTERS.test(i)) ? (await import('fast-glob')).default : undefined;
  for (const input of inputs) {
    if (!fg?.isDynamicPattern(input)) {
      paths.push(input);
      continue;
    }
    // Not only files: a broken link or an unreadable entry the pattern matches is an input
    // that cannot be read, named like a path given outright. Folders are passed over, as shells do.
    const matches = (await fg!(input, { onlyFiles: false, markDirectories: true, dot: false, followSymbolicLinks: true, ignore })).filter((m) => !m.endsWith('/'));
    if (matches.length === 0) unmatched.push(input);
    for (const match of matches.sort()) paths.push(match);
  }
  return { paths: [...new Set(paths)], unmatched };
}
