/**
 * `unboil check` output: one line per finding, like a linter —
 * `file:line  rule-id  category  text…` — or JSON for machines.
 */
import type { ChalkInstance } from 'chalk';
import type { CheckFinding } from '../check/findings.js';

/** Longest excerpt of the removed text shown on a finding's line. */
const EXCERPT_CHARS = 80;

export interface ColumnWidths {
  rule: number;
  category: number;
}

export function formatFindingLines(file: string, findings: readonly CheckFinding[], widths: ColumnWidths, chalk: ChalkInstance): string {
  const where = findings.map((f) => `${file}:${f.line}`);
  const whereWidth = Math.max(...where.map((w) => w.length));
  return findings
    .map((f, i) => `${chalk.bold(where[i]!.padEnd(whereWidth))}  ${chalk.yellow(f.rule.padEnd(widths.rule))}  ${chalk.cyan(f.category.padEnd(widths.category))}  ${excerpt(f.text)}`)
    .join('\n');
}

/** The removed text on one line, cut to a readable length. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > EXCERPT_CHARS ? flat.slice(0, EXCERPT_CHARS - 1).trimEnd() + '…' : flat;
}

export interface CheckedFile {
  file: string;
  findings?: CheckFinding[];
  /** Why the file could not be checked. */
  error?: string;
}

export interface CheckReport {
  files: CheckedFile[];
  summary: { files: number; filesWithFindings: number; findings: number; failed: number };
}

export function checkReport(files: CheckedFile[]): CheckReport {
  return {
    files,
    summary: {
      files: files.length,
      filesWithFindings: files.filter((f) => f.findings?.length).length,
      findings: files.reduce((n, f) => n + (f.findings?.length ?? 0), 0),
      failed: files.filter((f) => f.error !== undefined).length,
    },
  };
}

/** The closing line on stderr. */
export function formatCheckSummary(summary: CheckReport['summary']): string {
  const files = `${summary.files} file${summary.files === 1 ? '' : 's'}`;
  const found = summary.findings
    ? `${summary.findings} boilerplate finding${summary.findings === 1 ? '' : 's'} in ${summary.filesWithFindings} of ${files}`
    : `no boilerplate found in ${files}`;
  return summary.failed ? `${found}; ${summary.failed} could not be read` : found;
}
