/**
 * Where --out-dir puts each cleaned file: the input's path relative to the inputs' common
 * folder, with the output format's extension. A gzipped input gives a gzipped output:
 * `page.html.gz` -> `page.txt.gz`, `pages.jsonl.gz` -> `pages.jsonl.gz`.
 */
import { dirname, extname, join, relative, resolve, sep } from 'node:path';

export function commonBase(paths: readonly string[]): string {
  if (paths.length === 0) return process.cwd();
  const dirs = paths.map((p) => dirname(resolve(p)).split(sep));
  const first = dirs[0]!;
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && d[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

/** Whether a file is named as gzip data, and so an output of that name is written gzipped. */
export function isGzipPath(path: string): boolean {
  return /\.gz$/i.test(path);
}

export function outputPathFor(input: string, base: string, outDir: string, extension: string): string {
  const gzipped = isGzipPath(input);
  const rel = relative(base, resolve(input));
  const unzipped = gzipped ? rel.slice(0, -'.gz'.length) : rel;
  const stem = unzipped.slice(0, unzipped.length - extname(unzipped).length);
  return join(outDir, stem + extension + (gzipped ? '.gz' : ''));
}
