/**
 * `unboil diff`: the input against the output as a unified diff — removed lines in red,
 * added (rejoined or re-spaced) lines in green — so a reviewer sees exactly what went.
 * For HTML the input side is the page's text as --explain shows it.
 */
import type { ChalkInstance } from 'chalk';
import { FILE_HEADERS_ONLY, createTwoFilesPatch } from 'diff';

export interface DiffOptions {
  /** Unchanged lines shown around each change. */
  context: number;
}

/** The unified diff of `before` and `after`; empty when they are the same. */
export function formatDiff(label: string, before: string, after: string, options: DiffOptions, chalk: ChalkInstance): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(label, `${label} (cleaned)`, before, after, undefined, undefined, { context: options.context, headerOptions: FILE_HEADERS_ONLY });
  return patch
    .split('\n')
    .map((line) => {
      if (line.startsWith('---') || line.startsWith('+++')) return chalk.bold(line);
      if (line.startsWith('@@')) return chalk.cyan(line);
      if (line.startsWith('-')) return chalk.red(line);
      if (line.startsWith('+')) return chalk.green(line);
      if (line.startsWith('\\')) return chalk.dim(line);
      return line;
    })
    .join('\n');
}
