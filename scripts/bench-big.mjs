// The bench's big documents: one text dump and one HTML page at each size asked (by
// default 5, 20 and 50 MB), each cleaned by the command in a process of its own, so that
// each peak of memory is its own. Time and memory should grow in proportion to the size:
// the per-MB columns should read about the same down each kind.
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
  console.log(`  ${'input'.padEnd(6)} ${'MB'.padStart(5)} ${'seconds'.padStart(8)} ${'s/MB'.padStart(6)} ${'CPU s'.padStart(7)} ${'peak MB'.padStart(8)} ${'peak/MB'.padStart(8)} ${'added/MB'.padStart(9)}`);
  for (const kind of ['text', 'html']) {
    const extension = kind === 'html' ? 'html' : 'txt';
    const sources = bigDocumentSources(kind, caseDirs);
    // A page's worth: what loading the pipeline and compiling its patterns cost, whatever the size.
    const page = join(work, `page.${extension}`);
    writeFileSync(page, bigDocument(kind, 0.02, sources));
    const baseline = cleanOnce(page, work);
    for (const size of sizes) {
      const path = join(dir, `${kind}-${size}mb.${extension}`);
      if (!existsSync(path)) writeFileSync(path, bigDocument(kind, size, sources));
      const bytes = readFileSync(path).length / 1e6;
      const r = cleanOnce(path, work);
      const added = (r.peakRss - baseline.peakRss) / 1e6 / bytes;
      console.log(
        `  ${(kind === 'html' ? 'HTML' : kind).padEnd(6)} ${bytes.toFixed(1).padStart(5)} ${r.seconds.toFixed(1).padStart(8)} ${(r.seconds / bytes).toFixed(2).padStart(6)} ${r.cpu.toFixed(1).padStart(7)} ${mb(r.peakRss).padStart(8)} ${(r.peakRss / 1e6 / bytes).toFixed(1).padStart(8)} ${added.toFixed(1).padStart(9)}`,
      );
    }
  }
  console.log("  (added/MB: the peak less a page's of the same kind, per MB)");
}

/** One run of the command on one file: wall seconds, processor seconds and peak memory (from --stats). */
function cleanOnce(path, work) {
  const stats = join(work, 'big-stats.json');
  const t0 = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [...unboilArgs(path), '--quiet', '--stats', stats], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (child.status !== 0) throw new Error(`${path}: exit ${child.status}\n${child.stderr}`);
  const s = JSON.parse(readFileSync(stats, 'utf8'));
  rmSync(stats);
  return { seconds, cpu: s.cpuSeconds, peakRss: s.peakRssBytes };
}

const mb = (bytes) => (bytes / 1e6).toFixed(1);
