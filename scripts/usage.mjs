// `--help` for the project's scripts: prints the comment a script opens with, which says
// what it does and how it is called, and exits.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function helpIfAsked(scriptUrl) {
  if (!process.argv.slice(2).some((a) => a === '--help' || a === '-h')) return;
  const lines = readFileSync(fileURLToPath(scriptUrl), 'utf8').split('\n');
  const comment = [];
  for (const line of lines.slice(lines[0]?.startsWith('#!') ? 1 : 0)) {
    if (!line.startsWith('//')) break;
    comment.push(line.replace(/^\/\/ ?/, ''));
  }
  console.log(comment.join('\n').trim());
  process.exit(0);
}
