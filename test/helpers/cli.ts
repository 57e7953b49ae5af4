/** Runs the built `unboil` executable the way a user would, capturing what it prints. */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BIN, NODE_FLAGS, unboilShellCommand } from '../../scripts/unboil-command.mjs';

export { BIN, unboilShellCommand };
/** Node and its flags, as bin/unboil.js's #! line starts it. */
export const NODE = [process.execPath, ...(NODE_FLAGS as string[])];
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  status: number | null;
  /** The signal that ended the run, if one did. */
  signal?: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(NODE[0]!, [...NODE.slice(1), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
  });
  if (result.error) throw result.error; // could not start, or output beyond maxBuffer
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Spawns the CLI without waiting, for tests that feed stdin over time. */
export function spawnCli(args: string[], options: { cwd?: string } = {}) {
  return spawn(NODE[0]!, [...NODE.slice(1), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}
