/**
 * How many threads a run starts when --jobs is not given: one per CPU core for a run big
 * enough to keep them busy, fewer for a small one. A thread pays a start-up of its own
 * before it cleans at full speed (it loads the pipeline, compiles the rules' patterns and
 * warms up V8's compilers), and a run too small to pay that back is faster on fewer.
 * Measured on 2 cores: 60 to 120 text dumps took 0.7 to 1.2 s more processor time on two
 * threads than on one, and --jobs 2 was slower than --jobs 1 up to about 3 MB of text
 * dumps (300 files of 10 KB) and about 50 MB of HTML (300 pages), and faster beyond.
 *
 * Nor more threads than the process's memory holds: each has a heap of its own.
 *
 * The size of a run is read from the files' sizes, weighted by what they cost to clean:
 * an HTML page's bytes clean about 15 times as fast as a text dump's (most of them are
 * markup), and a gzipped file holds about 4 times its size. Files are looked at only
 * until the run is known to be big enough for every core.
 */
import { stat } from 'node:fs/promises';
import { kindFromPath, type InputKindOption } from '../io/input-kind.js';
import { STDIN } from './clean-files.js';

/** Text-dump bytes of work that pay for one more thread. */
export const WORK_PER_THREAD = 1.5 * 1024 * 1024;
/** What an HTML byte weighs against a text-dump byte. */
const HTML_WEIGHT = 1 / 15;
/** Bytes a gzipped byte stands for. */
const GZIP_WEIGHT = 4;
/** Least work a file counts for: reading, writing and starting a document cost even when empty. */
const MIN_FILE_WORK = 2048;
/**
 * Memory a run needs on one thread, and each thread more. Measured peaks (bench, --jobs 1
 * and 2): 160 and 263 MB on text dumps, 192 and 303 MB on HTML, 126 and 226 MB on JSON
 * Lines: about 110 MB per thread, rounded up here.
 */
const BASE_MEMORY = 192 * 1024 * 1024;
const MEMORY_PER_THREAD = 128 * 1024 * 1024;

export interface ThreadCountInput {
  /** Input paths, STDIN among them for standard input. */
  paths: readonly string[];
  /** Whether the inputs are JSON Lines records (each file holds many documents). */
  jsonl: boolean;
  /** --input: a kind given for every file, or auto (by extension; a file without one counts as text). */
  input: InputKindOption;
  cores: number;
  /** Bytes of memory the process may use (memory-limit.ts). */
  memory: number;
}

export async function defaultThreadCount({ paths, jsonl, input, cores, memory }: ThreadCountInput): Promise<number> {
  const most = Math.min(jsonl ? cores : Math.min(cores, paths.length), threadsMemoryAllows(memory));
  if (most <= 1) return 1;
  // Records on stdin can be any number: a stream is what a corpus run pipes in.
  if (jsonl && paths.includes(STDIN)) return most;
  const enough = most * WORK_PER_THREAD;
  let work = 0;
  for (const path of paths) {
    work += path === STDIN ? MIN_FILE_WORK : await fileWork(path, input);
    if (work >= enough) return most;
  }
  return Math.max(1, Math.min(most, Math.floor(work / WORK_PER_THREAD)));
}

/** Threads whose memory fits in `memory` bytes; one at least, as a run must run. */
export function threadsMemoryAllows(memory: number): number {
  return Math.max(1, Math.floor((memory - BASE_MEMORY) / MEMORY_PER_THREAD) + 1);
}

/** What cleaning a file costs, in text-dump bytes. */
async function fileWork(path: string, input: InputKindOption): Promise<number> {
  const size = await stat(path).then(
    (s) => s.size,
    () => 0, // a file that cannot be read fails later, in its turn, with its own message
  );
  const gzipped = path.toLowerCase().endsWith('.gz');
  const weight = (gzipped ? GZIP_WEIGHT : 1) * (kindFromPath(input, path) === 'html' ? HTML_WEIGHT : 1);
  return Math.max(MIN_FILE_WORK, size * weight);
}
