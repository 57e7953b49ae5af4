// Preloaded into the command by a test (NODE_OPTIONS=--require): when the process exits,
// prints to stderr the packages that were loaded from node_modules through require().
const Module = require('node:module');
process.on('exit', () => {
  const names = new Set();
  for (const file of Object.keys(Module._cache)) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
    if (m) names.add(m[1].replace(/\\/g, '/'));
  }
  process.stderr.write(`loaded packages: ${[...names].sort().join(' ')}\n`);
});
