/** Where --out-dir puts each cleaned file: the input's path relative to the inputs' common folder. */
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

export function outputPathFor(input: string, base: string, outDir: string, extension: string): string {
  const rel = relative(base, resolve(input)).replace(/\.gz$/i, '');
  const stem = rel.slice(0, rel.length - extname(rel).length);
  return join(outDir, stem + extension);
}
