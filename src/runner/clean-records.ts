/**
 * Cleans a batch of JSON Lines records. Each line is parsed here (in the worker, when
 * there are workers), its text or HTML field cleaned, and the record written back with
 * its other fields kept and the result's fields added.
 */
import { jsonFields } from '../format/json.js';
import { mergeRecord } from '../format/jsonl-record.js';
import { formatSize } from '../io/read-input.js';
import type { CleanSettings } from './clean-settings.js';
import { cleanDocument } from './clean-document.js';
import { documentStats, type DocumentStats } from './document-stats.js';
import type { InputKind } from '../io/input-kind.js';
import { failureMessage } from './failure-message.js';
import { reportDigest } from '../format/report/digest.js';

export interface RecordBatch {
  /** Line number of `lines[0]` in its input, from 1. */
  firstLine: number;
  lines: string[];
}

export type RecordOutcome =
  | { ok: true; output: string; stats: DocumentStats }
  /** Blank lines are passed over without a word. */
  | { ok: true; blank: true }
  /** `malformed`: the line is not a record unboil can read; otherwise cleaning it failed. */
  | { ok: false; error: string; malformed: boolean };

export function cleanRecords(batch: RecordBatch, settings: CleanSettings): RecordOutcome[] {
  return batch.lines.map((line) => cleanRecord(line, settings));
}

function cleanRecord(line: string, settings: CleanSettings): RecordOutcome {
  if (line.trim() === '') return { ok: true, blank: true };
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `malformed JSON (${(e as Error).message})`, malformed: true };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return { ok: false, error: 'not a JSON object', malformed: true };
  const fields = record as Record<string, unknown>;
  const chosen = chooseField(fields, settings);
  if ('error' in chosen) return { ok: false, error: chosen.error, malformed: true };
  const text = fields[chosen.field] as string;
  const size = Buffer.byteLength(text);
  if (size > settings.maxSize) return { ok: false, error: `field "${chosen.field}" too large (${formatSize(size)}; the limit is ${formatSize(settings.maxSize)}, see --max-size)`, malformed: true };
  try {
    const cleaned = cleanDocument(text.replace(/^\uFEFF/, ''), chosen.kind, settings);
    const output = JSON.stringify(mergeRecord(fields, chosen.field, jsonFields(cleaned.result))) + '\n';
    const stats = documentStats(cleaned.result, cleaned.textLength, Buffer.byteLength(line) + 1, output);
    if (settings.report) stats.digest = reportDigest(cleaned.result, cleaned.analysis?.document.source ?? text);
    return { ok: true, output, stats };
  } catch (e) {
    return { ok: false, error: failureMessage(e), malformed: false };
  }
}

/** --input html or text names the field; otherwise the HTML field when the record has one, then the text field. */
function chooseField(record: Record<string, unknown>, settings: CleanSettings): { field: string; kind: InputKind } | { error: string } {
  const { htmlField, textField, input } = settings;
  const candidates: { field: string; kind: InputKind }[] = [];
  if (input === 'auto' || input === 'html') candidates.push({ field: htmlField, kind: 'html' });
  if (input !== 'html') candidates.push({ field: textField, kind: input === 'markdown' ? 'markdown' : 'text' });
  for (const candidate of candidates) {
    const value = Object.hasOwn(record, candidate.field) ? record[candidate.field] : undefined;
    if (typeof value === 'string') return candidate;
    if (value !== undefined && value !== null) return { error: `field "${candidate.field}" is not a string` };
  }
  return { error: `no ${candidates.map((c) => `"${c.field}"`).join(' or ')} field (see --text-field, --html-field)` };
}
