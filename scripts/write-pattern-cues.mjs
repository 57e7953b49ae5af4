// Reads the cues of the built-in rules' patterns once, at build time, into
// dist/text/pattern-cues.json, so that a run does not parse the patterns again (see
// src/text/pattern-cues.ts). The patterns are those of every union the rules ask: the
// script cleans the fixtures, text dumps and HTML pages, which ask all of them, and
// writes what was read. A pattern no fixture reaches is read when a run first asks it.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = join(root, 'dist/text/pattern-cues.json');
// The last build's file would otherwise be read back instead of the patterns.
rmSync(output, { force: true });
const { clean, builtInRules } = await import(join(root, 'dist/index.js'));
const { cuesOf, cuesRead } = await import(join(root, 'dist/text/pattern-cues.js'));

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
for (const pattern of builtInRules.flatMap((rule) => rule.linePatterns ?? [])) cuesOf(pattern);
for (const file of files(join(root, 'fixtures'))) {
  const kind = /\.html?$/.test(file) ? 'html' : /\.(txt|md)$/.test(file) ? 'auto' : undefined;
  if (kind) clean(readFileSync(file, 'utf8'), { inputKind: kind });
}
const read = cuesRead().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(output, JSON.stringify(read));
