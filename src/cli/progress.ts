/**
 * The progress bar on stderr (cli-progress): done and total, rate, time left. Shown only
 * when stderr is a terminal, without --quiet, and once a run has more than a few
 * documents; messages written meanwhile appear above the bar instead of through it. A run
 * of one long document shows a status line instead.
 */
import type * as CliProgress from 'cli-progress';
import { lazyRequire } from '../lazy-require.js';
import { TimeLeft } from './time-left.js';
import { showStatusLine } from './status-line.js';

const cliProgress = lazyRequire<typeof CliProgress>('cli-progress');

/** A run with this many documents or fewer never shows a bar. */
const FEW = 3;

export interface ProgressOptions {
  /** Whether a bar may show at all: stderr is a terminal and --quiet is off. */
  enabled: boolean;
  unit: 'files' | 'records';
  /** Documents in the run, when known in advance (files). */
  totalDocuments?: number;
  /** Bytes to read, when known in advance (JSON Lines files): the bar then follows bytes. */
  totalBytes?: number;
  /** What the bar counts, when not the cleaning: 'learning' for the pass that learns the template. */
  pass?: 'learning';
}

export interface Progress {
  /** `done` documents so far; `bytes`, for JSON Lines, how far into the inputs. */
  update(done: number, bytes?: number): void;
  /**
   * A document starts: a run of that one document, which has no bar, shows a status line
   * instead when it takes more than a few seconds (status-line.ts). Resolves when the line
   * is gone.
   */
  cleaning(label: string, size: { path?: string; bytes?: number }): () => Promise<void>;
  /** Writes a line (with its newline) to stderr without breaking the bar. */
  log(line: string): void;
  stop(): void;
}

export function createProgress(options: ProgressOptions): Progress {
  const noLine = async () => {};
  if (!options.enabled) return { update() {}, cleaning: () => noLine, log: (line) => void process.stderr.write(line), stop() {} };
  const started = Date.now();
  let bars: CliProgress.MultiBar | undefined;
  let bar: CliProgress.SingleBar | undefined;
  let stopped = false;

  const start = () => {
    bars = new cliProgress.MultiBar({
      stream: process.stderr,
      format: formatFor(options),
      barCompleteChar: '█',
      barIncompleteChar: '░',
      barsize: 30,
      clearOnComplete: true,
      hideCursor: false, // a run stopped with Ctrl-C must not leave the terminal without a cursor
      fps: 8,
    });
    bar = bars.create(options.totalBytes ?? options.totalDocuments ?? 0, 0, payload(0, 0));
  };

  // Time left at the average rate since the first output: steadier than the bar's own
  // estimate, which follows the last few updates, and batches of records arrive in bursts.
  const timeLeft = new TimeLeft(options.totalBytes ?? options.totalDocuments ?? 0);
  const payload = (done: number, bytes: number) => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const left = timeLeft.seconds(options.totalBytes !== undefined ? bytes : done);
    return {
      left: left === undefined ? '…' : formatDuration(left),
      docs: done.toLocaleString('en-US'),
      rate: (done / seconds).toFixed(1),
      mbDone: (bytes / 1e6).toFixed(1),
      mbTotal: ((options.totalBytes ?? 0) / 1e6).toFixed(1),
    };
  };

  return {
    update(done, bytes = 0) {
      if (stopped) return;
      if (!bar && (done > FEW || (options.totalDocuments ?? 0) > FEW)) start();
      bar?.update(options.totalBytes !== undefined ? bytes : done, payload(done, bytes));
    },
    cleaning(label, size) {
      if (options.pass !== undefined || options.unit !== 'files' || options.totalDocuments !== 1) return noLine;
      try {
        const line = showStatusLine(label, size);
        return () => line.stop();
      } catch {
        return noLine; // a thread that cannot start costs the run its status line, nothing more
      }
    },
    log(line) {
      if (bars && !stopped) bars.log(line);
      else process.stderr.write(line);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (!bars) return;
      bars.update(); // flush messages logged since the last redraw
      bars.stop();
    },
  };
}

function formatFor(options: ProgressOptions): string {
  if (options.pass === 'learning') return 'unboil learning {bar} {percentage}% | {value}/{total} files | {rate} files/s | ETA {left}';
  if (options.unit === 'files') return 'unboil {bar} {percentage}% | {value}/{total} files | {rate} files/s | ETA {left}';
  if (options.totalBytes !== undefined) return 'unboil {bar} {percentage}% | {docs} records | {mbDone}/{mbTotal} MB | {rate} records/s | ETA {left}';
  return 'unboil {docs} records | {mbDone} MB | {rate} records/s | {duration_formatted}';
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor(s / 60) % 60).padStart(2, '0')}m`;
}
