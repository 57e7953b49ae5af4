// npm runs this after installing from a git clone or a folder, to build dist/.
// `npm install -g ./` (and `npx ./folder`) link the folder and run it with nothing
// installed in it: no TypeScript to build with, and none of the packages the command needs
// at run time beside it. Then the folder's own dependencies are installed first, dev ones
// included, as `npm install` in the folder would.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * npm's settings for the install that ran us (global, its prefix, forced) must not reach
 * the folder's own install: npm passes `global` on even to the install it runs in a git
 * clone. Only where packages come from (registry, cache, proxies) and how to build them stay.
 */
const KEPT_SETTINGS = /^npm_config_(registry|@.*:registry|cache|userconfig|globalconfig|(https_)?proxy|noproxy|cafile|ca|strict_ssl|nodedir|node_gyp)$/i;
function localEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_/i.test(key) && !KEPT_SETTINGS.test(key)) delete env[key];
  return env;
}

function run(args) {
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', env: localEnv(), shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(`${root}node_modules/typescript`)) {
  console.error('unboil: installing the packages it builds and runs with into its folder');
  run(['install', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund']);
}
run(['run', 'build']);
