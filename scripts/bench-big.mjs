// The bench's big documents: one text dump and one HTML page at each size asked (by
// default 5, 20 and 50 MB), each cleaned by the command in a process of its own, so that
// each peak of memory is its own. Time and memory should grow in proportion to the size:
// what each MB more costs, over the size before, should read about the same down a kind
// (seconds and peak per MB also carry start-up and what any document costs).
//
// The documents (scripts/big-document.mjs: the evaluation cases' dumps or pages, joined;
// the fixtures' when there are no cases) are made once in the bench corpus's big/ folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigDocument, bigDocumentSources } from './big-document.mjs';
import { unboilArgs } from './unboil-command.mjs';

/** `sizes` in MB; `caseDirs`, the evaluation cases to make them of; `work`, a scratch folder. Prints a table. */
export function benchBigDocuments({ corpusDir, sizes, caseDirs, work }) {
  if (sizes.length === 0) return;
  const dir = join(corpusDir, 'big');
  // Made again when made of other cases.
  const made = join(dir, 'cases.json');
  if (!existsSync(made) || readFileSync(made, 'utf8') !== JSON.stringify(caseDirs)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(made, JSON.stringify(caseDirs));
  console.log('\nbig documents (each alone in a process; seconds include start-up; peak memory of the whole process)');
  console.log(`${' '.repeat(59)}over the size before`);
  console.log(`  ${'input'.padEnd(6)} ${'MB'.padStart(5)} ${'seconds'.padStart(8)} ${'s/MB'.padStart(6)} ${'CPU s'.padStart(7)} ${'peak MB'.padStart(8)} ${'peak/MB'.padStart(8)}   ${'CPU s/MB'.padStart(8)} ${'MB/MB'.padStart(6)}`);
  for (const kind of ['text', 'html']) {
    const extension = kind === 'html' ? 'html' : 'txt';
    const sources = bigDocumentSources(kind, caseDirs);
    // A page's worth first: what loading the pipeline and compiling its patterns cost, whatever the size.
    const page = join(work, `page.${extension}`);
    writeFileSync(page, bigDocument(kind, 0.02, sources));
    let before = { ...cleanOnce(page, work), megabytes: 0 };
    for (const size of sizes) {
      const path = join(dir, `${kind}-${size}mb.${extension}`);
      if (!existsSync(path)) writeFileSync(path, bigDocument(kind, size, sources));
      const r = { ...cleanOnce(path, work), megabytes: readFileSync(path).length / 1e6 };
      // What each MB more cost: the same down a kind when time and memory grow in proportion.
      const more = r.megabytes - before.megabytes;
      console.log(
        `  ${(kind === 'html' ? 'HTML' : kind).padEnd(6)} ${r.megabytes.toFixed(1).padStart(5)} ${r.seconds.toFixed(1).padStart(8)} ${(r.seconds / r.megabytes).toFixed(2).padStart(6)} ${r.cpu.toFixed(1).padStart(7)} ${mb(r.peakRss).padStart(8)} ${(r.peakRss / 1e6 / r.megabytes).toFixed(1).padStart(8)}   ${((r.cpu - before.cpu) / more).toFixed(2).padStart(8)} ${((r.peakRss - before.peakRss) / 1e6 / more).toFixed(1).padStart(6)}`,
      );
      before = r;
    }
  }
  console.log("  (over the size before: the first size's over a page's)");
}

/**
 * One run of the command on one file: wall seconds, processor seconds and peak memory (from
 * --stats). With no time limit: the 50 MB text dump takes longer than the default 60 s.
 */
function cleanOnce(path, work) {
  const stats = join(work, 'big-stats.json');
  const t0 = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [...unboilArgs(path), '--quiet', '--stats', stats, '--timeout', '0'], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (child.status !== 0) throw new Error(`${path}: exit ${child.status}\n${child.stderr}`);
  const s = JSON.parse(readFileSync(stats, 'utf8'));
  rmSync(stats);
  return { seconds, cpu: s.cpuSeconds, peakRss: s.peakRssBytes };
}

const mb = (bytes) => (bytes / 1e6).toFixed(1);
