/**
 * Cleans one file input (or stdin's bytes): read, detect HTML or text, decode, clean,
 * render, and with --out-dir write. Every failure becomes a message naming its cause, so that the run can go on.
 */
import { gzipSync } from 'node:zlib';
import { InputError, readInputFile } from '../io/read-input.js';
import { isGzipPath } from '../io/output-path.js';
import { copyFileAtomic, writeFileAtomic } from '../io/write-atomic.js';
import { BinaryInputError, decodeBytes } from '../io/decode.js';
import type { CleanSettings } from './clean-settings.js';
import { cleanDocument, renderDocument } from './clean-document.js';
import { documentStats, type DocumentStats } from './document-stats.js';
import { detectInputKind, type InputKind } from '../io/input-kind.js';
import { templateGroup } from './learn-template.js';
import { fitHeapGrowthTo } from './heap-growth.js';
import { failureMessage } from './failure-message.js';
import { reportDigest } from '../format/report/digest.js';

/**
 * A file by its path, or stdin's bytes (read by the main thread, which owns stdin); with
 * `writeTo`, the output is written there (atomically) instead of being returned, after
 * the input is copied to `backupTo` when given (cleaning in place).
 */
export type FileInput = ({ path: string } | { stdin: Uint8Array }) & { writeTo?: string; backupTo?: string };

export type FileOutcome =
  /** `output` is empty when it was written to `writeTo`. */
  | { ok: true; output: string; stats: DocumentStats; warning?: string }
  | { ok: false; error: string; warning?: string };

export async function cleanFile(input: FileInput, settings: CleanSettings): Promise<FileOutcome> {
  const path = 'path' in input ? input.path : undefined;
  const decoded = await readDocument(input, path, settings);
  if ('error' in decoded) return { ok: false, error: decoded.error };
  const { kind } = decoded;
  fitHeapGrowthTo(decoded.text.length);
  const warning = decoded.warning ? { warning: decoded.warning } : {};
  let output: string;
  let stats: DocumentStats;
  try {
    const cleaned = cleanDocument(decoded.text, kind, settings, path === undefined ? undefined : templateGroup(path));
    output = renderDocument(cleaned, settings, path ?? '-');
    stats = documentStats(cleaned.result, cleaned.textLength, decoded.bytesIn, output);
    if (settings.report) stats.digest = reportDigest(cleaned.result, cleaned.analysis?.document.source ?? decoded.text);
  } catch (e) {
    // A bug in a rule must not cost the rest of a corpus: the document fails, by name.
    return { ok: false, error: failureMessage(e), ...warning };
  }
  if (input.writeTo === undefined) return { ok: true, output, stats, ...warning };
  if (input.backupTo !== undefined && path !== undefined) {
    try {
      await copyFileAtomic(path, input.backupTo);
    } catch (e) {
      return { ok: false, error: `cannot keep a backup at ${input.backupTo}, so the input was left as it was: ${(e as Error).message}`, ...warning };
    }
  }
  try {
    // An output named .gz is gzip data, as the input it came from was (output-path.ts).
    await writeFileAtomic(input.writeTo, isGzipPath(input.writeTo) ? gzipSync(output) : output);
  } catch (e) {
    return { ok: false, error: `cannot write ${input.writeTo}: ${(e as Error).message}`, ...warning };
  }
  return { ok: true, output: '', stats, ...warning };
}

/**
 * The input's text, its kind and its size in bytes. The bytes themselves are not kept
 * while the text is cleaned: a large file's would add half as much again to its memory.
 */
async function readDocument(input: FileInput, path: string | undefined, settings: CleanSettings): Promise<{ text: string; kind: InputKind; bytesIn: number; warning?: string } | { error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = path === undefined ? (input as { stdin: Uint8Array }).stdin : await readInputFile(path, settings.maxSize);
  } catch (e) {
    if (e instanceof InputError) return { error: e.message };
    throw e;
  }
  const kind = detectInputKind(settings.input, path, bytes);
  try {
    return { ...decodeBytes(bytes, { html: kind === 'html' }), kind, bytesIn: bytes.length };
  } catch (e) {
    if (e instanceof BinaryInputError) return { error: e.message };
    throw e;
  }
}
