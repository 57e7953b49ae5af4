/**
 * One document's text in, its cleaned result and rendering out: the step that the main
 * thread (--jobs 1) and the worker threads share, so that their output is the same.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { analyse, type Analysis } from '../clean.js';
import { formatText } from '../format/text.js';
import { formatMarkdown } from '../format/markdown.js';
import { jsonFields, jsonText } from '../format/json.js';
import { explainFields, formatExplain } from '../format/explain.js';
import type { CleanResult } from '../types.js';
import type { CleanSettings } from './clean-settings.js';
import type { InputKind } from '../io/input-kind.js';
import { identityResult } from './identity-pass.js';

export interface CleanedDocument {
  result: CleanResult;
  /** Length of the text the removals' offsets refer to. */
  textLength: number;
  /** Absent for the identity pass. */
  analysis?: Analysis;
}

export function cleanDocument(text: string, kind: InputKind, settings: CleanSettings, group?: string): CleanedDocument {
  if (settings.identity) return { result: identityResult(text), textLength: text.length };
  const template = settings.template && group !== undefined ? { template: { model: settings.template, group } } : {};
  // A dump the user did not name text or Markdown: the parser finds its layout.
  const inputKind = kind === 'text' && settings.input === 'auto' ? 'auto' : kind;
  const analysis = analyse(text, { ...settings.clean, ...template, inputKind });
  return { result: analysis.result, textLength: analysis.document.source.length, analysis };
}

/** The document as the chosen --format (or --explain) writes it; `source` is its path, or "-" for stdin. */
export function renderDocument(cleaned: CleanedDocument, settings: CleanSettings, source: string): string {
  const { analysis } = cleaned;
  const explain = settings.explain && analysis !== undefined;
  if (settings.format === 'text' || settings.format === 'markdown') {
    if (explain) return formatExplain(analysis, chalkAt(settings.colorLevel));
    if (settings.format === 'markdown' && analysis) return formatMarkdown(analysis, { title: settings.title });
    return formatText(cleaned.result, { title: settings.title });
  }
  const fields = explain ? explainFields(analysis, { source }) : jsonFields(cleaned.result, { source });
  return jsonText(fields, settings.format === 'json');
}

const chalks = new Map<number, ChalkInstance>();

function chalkAt(level: CleanSettings['colorLevel']): ChalkInstance {
  let chalk = chalks.get(level);
  if (!chalk) chalks.set(level, (chalk = new Chalk({ level })));
  return chalk;
}
