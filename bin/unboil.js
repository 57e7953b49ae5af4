#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

main(process.argv).catch((err) => {
  process.stderr.write(`unboil: internal error: ${err && err.stack ? err.stack : err}\n`);
  process.exit(70);
});
