/**
 * The dates that may be the article's: those spelled out on lines near its headline
 * ("September 4, 2025", "By Jane Doe | Updated Jan 29, 2025"), and in HTML the markup's
 * (JSON-LD datePublished and dateModified, article:published_time, <time datetime>).
 * Each is described by a few numbers that date-model.ts weighs: where the line stands
 * against the headline, what labels it ("Updated", "Published"), and which markup
 * dates name the same day.
 */
import type { Block, Document } from '../types.js';
import type { BlockVerdict } from '../classify/verdicts.js';
import { dateIn } from './date-text.js';
import { normaliseDate } from './published.js';

export const DATE_FEATURES = [
  'before', 'distBefore', 'distAfter', 'rankAfter', 'share', 'updated', 'published', 'credit', 'hasTime', 'removed',
  'inBody', 'old', 'isMarkup', 'ldPublished', 'ldModified', 'metaPublished', 'metaModified', 'timeElement',
  'sameAsPublished', 'sameAsModified', 'seenVisible', 'visibleCount', 'outside', 'farOff', 'tail', 'metaDated', 'metaUpdated',
] as const;
export type DateFeature = (typeof DATE_FEATURES)[number];

export interface DateCandidate {
  /** The date, ISO 8601. */
  text: string;
  features: Record<DateFeature, number>;
}

/** Blocks read before and after the headline for its dateline. */
const BEFORE = 8;
const AFTER = 15;
/** Lines longer than this are prose that mentions a date, not a dateline. */
const MAX_LINE = 160;
/** The page's last blocks, where a footer may say when it was written ("Last updated: November 13, 2025"). */
const TAIL = 30;

const UPDATED = /\b(?:updated?|modified|revised|reviewed|edited|last)\b/i;
const PUBLISHED = /\b(?:published|posted|posté|on|date|released?|written)\b/i;
// Asked case-blind, two words of letters (as \p{Lu} and \p{Ll} would read under `i`, at a fraction of the cost).
const CREDIT = /\bby\b|\bauthor|\bwritten|^\p{L}\p{L}+ \p{L}\p{L}+/iu;

/**
 * `anchor` is the headline's block; `others` are where the headline or the body may be
 * instead (the title the rules found, the body's start), read as well.
 */
export function dateCandidates(document: Document, verdicts: readonly BlockVerdict[], anchor: number, others: readonly number[], bodyStart: number): DateCandidate[] {
  const { blocks } = document;
  const body = bodyStart === -1 ? blocks.length : bodyStart;
  const markup = markupDates(document);
  const candidates: DateCandidate[] = [];
  let after = 0;
  // Every block is read: when the headline was guessed wrong, its dateline stands outside the
  // windows around it; `farOff` and the distances let the weights tell the two apart.
  const inWindow = new Set(around(blocks.length, anchor, others));
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    block.lines.forEach((line, li) => {
      const text = line.text.trim();
      if (text.length > MAX_LINE) return;
      const found = dateIn(text);
      if (!found) return;
      const label = text.slice(0, found.at) + ' ' + previousLine(blocks, i, li);
      const f = emptyFeatures();
      f.before = i < anchor ? 1 : 0;
      f.distBefore = i < anchor ? Math.min(6, Math.log2(1 + anchor - i)) : 0;
      f.distAfter = i >= anchor ? Math.min(6, Math.log2(1 + i - anchor)) : 0;
      f.rankAfter = i >= anchor ? Math.min(3, after++) : 0;
      f.outside = i < anchor - BEFORE || i > anchor + AFTER ? 1 : 0;
      f.farOff = inWindow.has(i) ? 0 : 1;
      f.tail = i >= blocks.length - TAIL ? 1 : 0;
      f.share = found.share;
      f.updated = UPDATED.test(label) ? 1 : 0;
      f.published = PUBLISHED.test(label) ? 1 : 0;
      f.credit = CREDIT.test(text.slice(0, found.at)) ? 1 : 0;
      f.hasTime = found.iso.includes('T') ? 1 : 0;
      f.removed = verdicts[i]!.block && verdicts[i]!.block!.category !== 'metadata' ? 1 : 0;
      f.inBody = i > body ? 1 : 0;
      setAge(f, found.iso);
      f.sameAsPublished = sameDay(found.iso, markup.published) ? 1 : 0;
      f.sameAsModified = sameDay(found.iso, markup.modified) ? 1 : 0;
      candidates.push({ text: found.iso, features: f });
    });
  }
  const visible = candidates.map((c) => c.text.slice(0, 10));
  for (const { source, iso } of markup.all) {
    const f = emptyFeatures();
    f.isMarkup = 1;
    f.ldPublished = source === 'ld:published' ? 1 : 0;
    f.ldModified = source === 'ld:modified' ? 1 : 0;
    f.metaPublished = source === 'meta:published' ? 1 : 0;
    f.metaModified = source === 'meta:modified' ? 1 : 0;
    f.timeElement = source === 'time' ? 1 : 0;
    f.metaDated = source === 'meta:dated' ? 1 : 0;
    f.metaUpdated = source === 'meta:updated' ? 1 : 0;
    f.sameAsPublished = sameDay(iso, markup.published) ? 1 : 0;
    f.sameAsModified = sameDay(iso, markup.modified) ? 1 : 0;
    f.seenVisible = visible.includes(iso.slice(0, 10)) ? 1 : 0;
    f.visibleCount = Math.min(3, visible.length);
    setAge(f, iso);
    candidates.push({ text: iso, features: f });
  }
  return candidates;
}

/**
 * The day a page's address gives ("/2025/12/18/title/"): the day the site filed the page, in
 * its own time zone. On the 32 labelled pages whose address holds one it is the gold day on
 * every one, where the markup's UTC time may fall on the next day and "03/10/2023" may be
 * read either way. The candidate of that day the model likes best is taken, so its time
 * stays; the bare day when no candidate names it.
 */
export function addressDate(document: Document, candidates: readonly DateCandidate[], choose: (c: readonly DateCandidate[]) => DateCandidate | undefined): DateCandidate | undefined {
  const day = document.meta?.hints?.dates.find((d) => d.source === 'url')?.value;
  if (!day) return undefined;
  return choose(candidates.filter((c) => c.text.startsWith(day))) ?? { text: day, features: emptyFeatures() };
}

/** The blocks within reach of the anchor or of one of the others, in order. */
export function around(length: number, anchor: number, others: readonly number[], before = BEFORE, after = AFTER): number[] {
  const wanted = new Set<number>();
  for (const a of [anchor, ...others]) for (let i = Math.max(0, a - before); i <= Math.min(length - 1, a + after); i++) wanted.add(i);
  return [...wanted].sort((x, y) => x - y);
}

/** The markup's dates as ISO 8601, with the first published and modified ones. */
function markupDates(document: Document) {
  // The address's date is no candidate: it decides on its own (addressDate).
  const all = (document.meta?.hints?.dates ?? []).filter((d) => d.source !== 'url').map((d) => ({ source: d.source, iso: normaliseDate(d.value) })).filter((d): d is { source: string; iso: string } => !!d.iso);
  const published = all.find((d) => d.source.endsWith('published'))?.iso;
  const modified = all.find((d) => d.source.endsWith('modified'))?.iso;
  return { all, published, modified };
}

function sameDay(a: string, b: string | undefined): boolean {
  return b !== undefined && a.slice(0, 10) === b.slice(0, 10);
}

/** A label on the line above ("Published", "Last updated:") counts as the date's own. */
function previousLine(blocks: readonly Block[], i: number, li: number): string {
  const line = li > 0 ? blocks[i]!.lines[li - 1]!.text : blocks[i - 1]?.lines.at(-1)?.text ?? '';
  return line.length <= 40 ? line : '';
}

/** Dates long before the web are not a page's (a history article's "July 4, 1776"). */
function setAge(f: Record<DateFeature, number>, iso: string): void {
  f.old = Number(iso.slice(0, 4)) < 1995 ? 1 : 0;
}

const NO_FEATURES = Object.fromEntries(DATE_FEATURES.map((name) => [name, 0])) as Record<DateFeature, number>;

/** Every feature at 0, copied from one made once (a copy is far cheaper than building it anew for each candidate). */
function emptyFeatures(): Record<DateFeature, number> {
  return { ...NO_FEATURES };
}
