// Bundles the command and its worker threads into a few files in dist/bundle/, run by
// bin/unboil.js. Node resolves, reads and compiles every ES module of a program one by one:
// for the command's ~150 modules and their packages that took about a third of its
// start-up (and of each worker thread's). The library (dist/index.js) stays as tsc builds
// it, module by module, for the bundlers of the programs that use it.
//
// Left out of the bundle and loaded from node_modules when first needed:
//   - packages loaded lazily (lazy-require.ts: cheerio for HTML, chrono-node for dates):
//     their ids are not written where a bundler can follow them, so they stay lazy;
//   - piscina, which starts its threads from a file of its own, found next to its code.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The worker entries keep their names, side by side with the command in one folder: the
  // code that starts them finds them beside it.
  entryPoints: {
    main: 'src/cli/main.ts',
    'clean-worker': 'src/runner/clean-worker.ts',
    'status-worker': 'src/cli/status-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true, // the command and the workers share one copy of the pipeline
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['piscina'],
  // CommonJS packages in an ES module bundle still call require() for node's own modules.
  banner: { js: "import { createRequire as __unboilCreateRequire } from 'node:module'; const require = __unboilCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
