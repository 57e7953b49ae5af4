#!/usr/bin/env -S node --no-regexp-tier-up --heap-growing-percent=20 --max-semi-space-size=2
// The V8 flags above are given when node starts (setting most of them later, from inside
// the program, can crash V8); worker threads share them:
//   - regular expressions compile straight to machine code: the rules' many large
//     patterns would otherwise be compiled twice (bytecode first), which doubles the time
//     to clean the first document;
//   - the heap grows by 20% over what is live before the next full collection, not up to
//     four times: documents are large strings that die young, and memory would otherwise
//     climb far above what a run keeps (V8 reads this one at each collection, and a run
//     over files raises it, see src/runner/heap-growth.ts);
//   - the main thread's young generation is small: in a JSON Lines run it only reads
//     lines and hands them on, and its default nursery (tens of MB) would be most of the
//     memory the run holds.
// `node bin/unboil.js` works the same without them, only slower to start.
// The command runs from its bundle (scripts/bundle-cli.mjs): one file to load, not 150 modules.
const { main } = await import('../dist/bundle/main.js');

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
