// HTML mode's speed target, against a baseline measured in the same run on the same pages,
// one thread, in-process (no start-up, no files read or written while the clock runs):
// unboil's clean() at least 3x trafilatura.extract's pages/s when python3 can import
// trafilatura; else at least 0.2 of the pages/s of htmlparser2 parsing them, nothing more.
import { spawnSync } from 'node:child_process';
import { NODE_FLAGS } from './unboil-command.mjs';

const LOOP_SCRIPT = new URL('./bench-html-loop.mjs', import.meta.url).pathname;

// The pages listed in argv[1], timed in one round after the first few (as bench-html-loop.mjs).
const TRAFILATURA = `
import sys, time, trafilatura
paths = [p for p in open(sys.argv[1], encoding='utf-8').read().split('\\n') if p]
pages = [open(p, encoding='utf-8').read() for p in paths]
for page in pages[:5]: trafilatura.extract(page)
start = time.perf_counter()
for page in pages: trafilatura.extract(page)
print(time.perf_counter() - start)
`;

function output(name, command, args) {
  const child = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.status !== 0) throw new Error(`${name}: exit ${child.status}\n${child.stderr}`);
  return child.stdout;
}

/**
 * Prints the HTML target's lines under "ratios and targets". `listFile` names the pages,
 * one path a line: the distinct pages of the HTML runs. unboil runs in a node started with
 * the command's flags, as a thread of `--jobs 1` does (bench-html-loop.mjs).
 */
export function htmlTarget(listFile) {
  const own = JSON.parse(output('bench-html-loop', process.execPath, [...NODE_FLAGS, LOOP_SCRIPT, listFile]));
  const unboil = own.pages / own.unboil;
  const label = 'HTML'.padEnd(11);
  const on = `in-process, one thread, on the HTML runs' ${own.pages} distinct pages: unboil's clean() ${unboil.toFixed(1)} pages/s`;
  const verdict = (ok) => (ok ? 'met' : 'NOT MET');
  if (spawnSync('python3', ['-c', 'import trafilatura'], { stdio: 'ignore' }).status === 0) {
    const trafilatura = own.pages / Number(output('trafilatura', 'python3', ['-c', TRAFILATURA, listFile]));
    const ratio = unboil / trafilatura;
    console.log(`  ${label} cleaning runs at ${ratio.toFixed(2)}x trafilatura's pages/s (${on}, trafilatura.extract ${trafilatura.toFixed(1)} pages/s)  [target 3x: ${verdict(ratio >= 3)}]`);
    return;
  }
  const parse = own.pages / own.parse;
  const ratio = unboil / parse;
  console.log(`  ${label} trafilatura is not installed (python3 cannot import it): the baseline is htmlparser2 parsing the pages, nothing more`);
  console.log(`  ${label} cleaning runs at ${ratio.toFixed(3)} of htmlparser2's parse-only pages/s (${on}, htmlparser2's parseDocument ${parse.toFixed(1)} pages/s)  [target 0.2: ${verdict(ratio >= 0.2)}]`);
}
