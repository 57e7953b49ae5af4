/**
 * How to start the built CLI from a script: node with the V8 flags that bin/unboil.js
 * names on its #! line (the shell would pass them; `node bin/unboil.js` alone would not).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/unboil.js', import.meta.url));

const shebang = readFileSync(BIN, 'utf8').split('\n', 1)[0];
export const NODE_FLAGS = shebang.split(/\s+/).filter((word) => word.startsWith('--'));

/** The program and arguments that run `unboil ...args`. */
export function unboilArgs(...args) {
  return [...NODE_FLAGS, BIN, ...args];
}

/** The same as one string for a shell, each part single-quoted. */
export function unboilShellCommand() {
  return [process.execPath, ...NODE_FLAGS, BIN].map((part) => `'${part}'`).join(' ');
}
