/**
 * What the HTML report needs of one cleaned document, made where it was cleaned (a worker
 * thread, with --jobs 2 and more) and sent back with its stats: the text, cut to a bounded
 * length, and its removals as numbers into tables of rules and reasons, not as objects
 * that repeat the removed text. The page is rendered from these (report-page.ts).
 */
import type { CleanResult, ResultWarning } from '../../types.js';

/** Characters of a document's text the report keeps at most; past them the text is cut, with a note. */
export const DIGEST_TEXT_LIMIT = 10_000;

export interface ReportDigest {
  title: string | null;
  /** The document's text (for HTML, the page's text as --explain shows it), cut at `DIGEST_TEXT_LIMIT` characters. */
  text: string;
  /** Length of the whole text. */
  length: number;
  /** The rules that removed something, each with its category and the characters it took from the whole text. */
  rules: { id: string; category: string; chars: number }[];
  /** The removals' reasons, each once. */
  reasons: string[];
  /** The removals within `text`, four numbers each: start, end, index in `rules`, index in `reasons`. */
  marks: Uint32Array;
  /** Removals of the whole text that lie past the cut. */
  marksPastCut: number;
  warnings: ResultWarning[];
}

/** `text` is what the removals' offsets point into. */
export function reportDigest(result: CleanResult, text: string, limit = DIGEST_TEXT_LIMIT): ReportDigest {
  const cut = cutPoint(text, limit);
  const rules: ReportDigest['rules'] = [];
  const ruleIndex = new Map<string, number>();
  const reasons: string[] = [];
  const reasonIndex = new Map<string, number>();
  const marks: number[] = [];
  let marksPastCut = 0;
  for (const removal of result.removed) {
    let r = ruleIndex.get(removal.rule);
    if (r === undefined) {
      ruleIndex.set(removal.rule, (r = rules.length));
      rules.push({ id: removal.rule, category: removal.category, chars: 0 });
    }
    rules[r]!.chars += removal.end - removal.start;
    if (removal.start >= cut) {
      marksPastCut++;
      continue;
    }
    let why = reasonIndex.get(removal.reason);
    if (why === undefined) {
      reasonIndex.set(removal.reason, (why = reasons.length));
      reasons.push(removal.reason);
    }
    marks.push(removal.start, Math.min(removal.end, cut), r, why);
  }
  return {
    title: detach(result.title),
    text: detach(text.slice(0, cut)),
    length: text.length,
    rules,
    reasons,
    marks: Uint32Array.from(marks),
    marksPastCut,
    warnings: result.warnings.map(({ code, message }) => ({ code, message })),
  };
}

/** Where to cut a long text: at a line's end near the limit when there is one, so that no line is cut in two. */
function cutPoint(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const lineEnd = text.lastIndexOf('\n', limit);
  return lineEnd > limit * 0.8 ? lineEnd : limit;
}

/**
 * A copy of a string that does not hold on to the string it was cut from: V8 keeps a
 * slice's whole parent alive, and on the main thread (--jobs 1) the report holds its
 * digests to the end of the run, which would keep every sampled document's whole text.
 */
function detach<T extends string | null>(s: T): T {
  return (s === null ? s : Buffer.from(s, 'utf8').toString('utf8')) as T;
}
