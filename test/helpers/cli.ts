/** Runs the built `unboil` executable the way a user would, capturing what it prints. */
import { spawn } from 'node:child_process';
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

/**
 * Runs the CLI to the end and gives what it printed. It waits without blocking: the test
 * runner's thread stays free while the command works, however long a busy machine makes it.
 */
export function runCli(args: string[], options: RunOptions = {}): Promise<CliRun> {
  return runProgram(NODE[0]!, [...NODE.slice(1), BIN, ...args], options);
}

export interface RunOptions {
  input?: string | Buffer;
  cwd?: string;
  env?: Record<string, string>;
  /** Kill the program after this long (by default it may run until the test's own timeout). */
  timeout?: number;
}

/** Any program (a shell line, `script` for a terminal), run as runCli runs the CLI: to the end, without blocking. */
export function runProgram(program: string, args: string[], options: RunOptions = {}): Promise<CliRun> {
  const child = spawn(program, args, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(options.timeout ? { timeout: options.timeout } : {}),
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  // The program may exit before reading all of its stdin (a usage error): that is not the test's failure.
  child.stdin.on('error', () => {});
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject); // could not start
    child.on('close', (status, signal) =>
      resolve({ status, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }),
    );
  });
}

/** Spawns the CLI without waiting, for tests that feed stdin over time. */
export function spawnCli(args: string[], options: { cwd?: string } = {}) {
  return spawn(NODE[0]!, [...NODE.slice(1), BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}
