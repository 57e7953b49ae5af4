/**
 * Gathers what the HTML report (--report) shows, as documents come in, in bounded memory:
 * totals by rule and category over every document; every document's digest up to a
 * limit, and past it the documents most cut, the first with warnings and a random sample
 * of the others (the same for the same run: the generator is seeded); the documents with
 * warnings, by name.
 */
import type { SummaryJson } from './summary.js';
import type { DocumentStats } from './document-stats.js';
import type { RemovedTotal, ReportData, ReportedDocument, WarnedDocument } from '../format/report/report-data.js';

export interface ReportLimits {
  /** Documents shown with their text; past this many, a sample and the most cut. */
  documents: number;
  /** Of those, the most cut ones kept whatever the sample draws. */
  mostCut: number;
  /** Of those, the first documents with warnings, kept likewise: they are the ones to review. */
  warnedShown: number;
  /** Documents with warnings listed by name. */
  warned: number;
  /** Rows of the "most cut" table. */
  mostCutListed: number;
}

export const REPORT_LIMITS: ReportLimits = { documents: 2_000, mostCut: 200, warnedShown: 200, warned: 1_000, mostCutListed: 25 };

export class ReportCollector {
  private seq = 0;
  /** Every document, until there are more than the limit. */
  private all: ReportedDocument[] | undefined = [];
  private readonly sample: ReportedDocument[] = [];
  /** The most cut so far, most first. */
  private readonly mostCut: ReportedDocument[] = [];
  private readonly byRule = new Map<string, RemovedTotal>();
  private readonly byCategory = new Map<string, RemovedTotal>();
  private readonly warned: WarnedDocument[] = [];
  private readonly warnedShown: ReportedDocument[] = [];
  private warnedNotListed = 0;
  private readonly random = seededRandom(0x5eed);

  constructor(private readonly limits: ReportLimits = REPORT_LIMITS) {}

  addCleaned(stats: DocumentStats, source: string, line?: number): void {
    const seq = this.seq++;
    const digest = stats.digest;
    if (!digest) return; // the report was not asked of the threads: nothing to show
    const removedChars = digest.rules.reduce((n, r) => n + r.chars, 0);
    const doc: ReportedDocument = { seq, source, ...(line === undefined ? {} : { line }), chars: digest.length, removedChars, digest };
    this.count(doc);
    if (digest.warnings.length) {
      if (this.warnedShown.length < this.limits.warnedShown) this.warnedShown.push(doc);
      if (this.warned.length < this.limits.warned) this.warned.push({ seq, source, ...(line === undefined ? {} : { line }), warnings: digest.warnings });
      else this.warnedNotListed++;
    }
    if (this.all) {
      this.all.push(doc);
      if (this.all.length > this.limits.documents) this.all = undefined;
    }
    this.draw(doc);
    this.rank(doc);
  }

  /** The report's data; `summary` is the run's, `command` its command line. */
  data(summary: SummaryJson, command: string): ReportData {
    const kept = this.all ? [] : [...new Map([...this.mostCut, ...this.warnedShown].map((d) => [d.seq, d])).values()];
    const sampled = this.all ? [] : this.sampleBeside(kept);
    const shown = this.all ?? [...kept, ...sampled].sort((a, b) => a.seq - b.seq);
    const sorted = (totals: Map<string, RemovedTotal>) => [...totals.values()].sort((a, b) => b.chars - a.chars || a.id.localeCompare(b.id));
    return {
      command,
      generated: new Date().toISOString(),
      summary,
      byCategory: sorted(this.byCategory),
      byRule: sorted(this.byRule),
      documents: shown,
      ...(this.all ? {} : { selection: { cleaned: this.seq, sampled: sampled.length, mostCut: this.mostCut.length, warned: this.warnedShown.length } }),
      mostCut: this.mostCut.filter((d) => d.removedChars > 0).slice(0, this.limits.mostCutListed),
      warned: this.warned,
      warnedNotListed: this.warnedNotListed,
    };
  }

  /**
   * The sample's documents that are not `kept` already, as many as fill the page: the
   * reservoir holds the whole page's worth, since some of it may be kept too. Chosen at
   * random (seeded) rather than by slot: a reservoir's first slots favour early documents.
   */
  private sampleBeside(kept: readonly ReportedDocument[]): ReportedDocument[] {
    const taken = new Set(kept.map((d) => d.seq));
    const candidates = this.sample.filter((d) => !taken.has(d.seq));
    const room = Math.max(0, this.limits.documents - kept.length);
    for (let i = 0; i < Math.min(room, candidates.length); i++) {
      const j = i + Math.floor(this.random() * (candidates.length - i));
      [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
    }
    return candidates.slice(0, room);
  }

  private count(doc: ReportedDocument): void {
    const categories = new Map<string, number>();
    for (const rule of doc.digest.rules) {
      const total = this.byRule.get(rule.id) ?? { id: rule.id, category: rule.category, chars: 0, documents: 0 };
      total.chars += rule.chars;
      total.documents++;
      this.byRule.set(rule.id, total);
      categories.set(rule.category, (categories.get(rule.category) ?? 0) + rule.chars);
    }
    for (const [id, chars] of categories) {
      const total = this.byCategory.get(id) ?? { id, chars: 0, documents: 0 };
      total.chars += chars;
      total.documents++;
      this.byCategory.set(id, total);
    }
  }

  /** Reservoir sampling: each document so far stands the same chance of being in the sample. */
  private draw(doc: ReportedDocument): void {
    const capacity = this.limits.documents;
    if (this.sample.length < capacity) {
      this.sample.push(doc);
      return;
    }
    const slot = Math.floor(this.random() * (doc.seq + 1));
    if (slot < capacity) this.sample[slot] = doc;
  }

  private rank(doc: ReportedDocument): void {
    const list = this.mostCut;
    if (list.length >= this.limits.mostCut && !cutMore(doc, list[list.length - 1]!)) return;
    let at = list.length;
    while (at > 0 && cutMore(doc, list[at - 1]!)) at--;
    list.splice(at, 0, doc);
    if (list.length > this.limits.mostCut) list.pop();
  }
}

/** Whether `a` lost a larger share of its text than `b` (then more characters). */
function cutMore(a: ReportedDocument, b: ReportedDocument): boolean {
  const share = (d: ReportedDocument) => (d.chars ? d.removedChars / d.chars : 0);
  return share(a) > share(b) || (share(a) === share(b) && a.removedChars > b.removedChars);
}

/** mulberry32: a small seeded generator, so that the same run samples the same documents. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
