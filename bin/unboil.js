#!/usr/bin/env node
// Regular expressions compile straight to machine code: the rules' many large patterns
// would otherwise be compiled twice (bytecode first), which doubles the time to clean the
// first document. The flag is set before any module with patterns loads; worker threads share it.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/cli/main.js');

main(process.argv).catch((err) => {
  process.stderr.write(`unboil: internal error: ${err && err.stack ? err.stack : err}\n`);
  process.exit(70);
});
