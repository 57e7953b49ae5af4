#!/usr/bin/env node
// V8 settings for cleaning many large documents, set before anything else loads (worker
// threads share them):
//   - regular expressions compile straight to machine code: the rules' many large
//     patterns would otherwise be compiled twice (bytecode first), which doubles the time
//     to clean the first document;
//   - the heap grows by 20% over what is live before the next full collection, not up to
//     four times: documents are large strings that die young, and memory would otherwise
//     climb far above what a run keeps.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
setFlagsFromString('--heap-growing-percent=20');
const { main } = await import('../dist/cli/main.js');

let finished = false;
// Node exits with status 0 when nothing is left to wait for, even if the run never ended:
// that must not pass for success.
process.on('beforeExit', () => {
  if (finished) return;
  finished = true;
  process.stderr.write('unboil: internal error: the run stopped before it was done\n');
  process.exitCode = 70;
});

main(process.argv).then(
  () => (finished = true),
  (err) => {
    process.stderr.write(`unboil: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exit(70);
  },
);
