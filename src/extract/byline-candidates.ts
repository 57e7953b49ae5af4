/**
 * The names that may be the article's author: those a credit line near the headline
 * gives ("By Jane Doe", "Written by", "Author: X", a name line beside the dateline, "X ·
 * 5 March 2024"), and in HTML the markup's (JSON-LD author, <meta name=author>,
 * rel=author). Each is described by a few numbers that byline-model.ts weighs.
 */
import type { Block, Document } from '../types.js';
import type { BlockVerdict } from '../classify/verdicts.js';
import { dateIn } from './date-text.js';
import { titleKey } from './title-key.js';
import { around } from './date-candidates.js';
import { isGivenName } from './given-names.js';

export const BYLINE_FEATURES = [
  'before', 'distBefore', 'distAfter', 'byPrefix', 'writtenBy', 'authorLabel', 'otherCredit', 'afterBare', 'nameShape',
  'words', 'list', 'cutAtComma', 'dateSameLine', 'dateNear', 'removed', 'inBody', 'isMarkup', 'fromLd', 'fromMeta', 'fromRel',
  'sameAsMarkup', 'seenVisible', 'organisation', 'handle', 'segment', 'far', 'labelBelow', 'lowerCase', 'heading',
  'sameAsTitle', 'farUnlabelled', 'givenName', 'headlineWord',
] as const;
export type BylineFeature = (typeof BYLINE_FEATURES)[number];

export interface BylineCandidate {
  text: string;
  features: Record<BylineFeature, number>;
}

/** Blocks read before and after the headline; past them, only a labelled credit counts ("by" over a name in an author box). */
const BEFORE = 10;
const AFTER = 15;
const MAX_LINE = 160;
/** Blocks of the page read for an author box, at most. */
const MAX_SCAN = 5000;

/** "By", "Written by", "Author:" and the like, and what follows them. */
const LABEL = /^(?:(by|von|par|por|door)|(written by|posted by|words by|story by|article by|published by)|(authors?:|writer:|contributors?:|author)|(reviewed by|edited by|fact[- ]checked by|medically reviewed by|photos? by|illustrations? by|updated by))(?::\s*|\s+)(.*)$/iu;
/** Where a name ends: a separator, a date or a time, or an "on"/"updated" before a date. */
/** The labels of a dateline that may follow a name on its line ("Jane Doe Published 10:19am"). */
const DATELINE_LABELS = 'Updated|Published|Posted|Last updated';
const AFTER_NAME = new RegExp(`\\s*(?:[|•·–—]|\\s-\\s|\\d|\\s(?:on|am|le|el|updated|published|posted|in)\\s|(?:${DATELINE_LABELS}|Reviewed|Edited)\\b).*$`, 'u');
const NAME_WORD = "(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|der|den|la|le|da|di|du|del|bin|al)";
const NAME = new RegExp(`^(?:Dr\\.? |Prof\\.? )?${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}$`, 'u');
/** Words of headlines and menus that names do not hold ("Where To Store Office Supplies", "Top IT Conferences"). */
const HEADLINE_WORD = /\b(?:to|for|of|the|in|on|with|your|our|how|what|why|best|top|about|tips|guide|new)\b/i;
const ORGANISATION = /\b(?:team|staff|editors?|editorial|desk|news|media|group|inc|llc|ltd|company|magazine|contributors?)\b/i;

/** `anchor` is the headline's block, `others` where it or the body may be instead (see date-candidates.ts). */
export function bylineCandidates(document: Document, verdicts: readonly BlockVerdict[], anchor: number, others: readonly number[], bodyStart: number): BylineCandidate[] {
  const { blocks } = document;
  const body = bodyStart === -1 ? blocks.length : bodyStart;
  const markup = (document.meta?.hints?.authors ?? []).map((a) => ({ source: a.source, text: markupName(a.value) })).filter((a) => a.text);
  const headline = document.meta?.hints?.headline ?? document.meta?.hints?.pageTitle;
  const titleKeys = new Set(headline ? [titleKey(headline)] : []);
  const markupKeys = new Set(markup.map((a) => titleKey(a.text)));
  const candidates: BylineCandidate[] = [];
  const lines = flatLines(blocks, 0, Math.min(blocks.length, Math.max(MAX_SCAN, anchor + AFTER + 1)));
  const close = new Set(around(blocks.length, anchor, others, BEFORE, AFTER));
  lines.forEach(({ text, block }, n) => {
    if (text.length > MAX_LINE) return;
    const far = !close.has(block);
    const found = namesOn(text, lines[n - 1]?.text, lines[n + 1]?.text);
    if (!found.length) return;
    const dateHere = dateIn(text);
    const dateNear = [lines[n - 1], lines[n + 1], lines[n + 2]].some((l) => l && l.text.length <= MAX_LINE && (dateIn(l.text)?.share ?? 0) >= 0.4);
    for (const name of found) {
      // Far from the headline, only a name its label, an author box or a dateline beside it vouches for.
      if (far && (name.label === 'other' || (name.label === 'none' && !dateHere && !dateNear))) continue;
      const f = emptyFeatures();
      f.far = far ? 1 : 0;
      f.farUnlabelled = far && name.label === 'none' ? 1 : 0;
      f.before = block < anchor ? 1 : 0;
      f.distBefore = !far && block < anchor ? Math.min(6, Math.log2(1 + anchor - block)) : 0;
      f.distAfter = !far && block >= anchor ? Math.min(6, Math.log2(1 + block - anchor)) : 0;
      f.byPrefix = name.label === 'by' ? 1 : 0;
      f.writtenBy = name.label === 'written' ? 1 : 0;
      f.authorLabel = name.label === 'author' ? 1 : 0;
      f.otherCredit = name.label === 'other' ? 1 : 0;
      f.afterBare = name.label === 'bare-by' ? 1 : 0;
      f.labelBelow = name.label === 'label-below' ? 1 : 0;
      f.segment = name.segment ? 1 : 0;
      f.nameShape = NAME.test(name.text) ? 1 : 0;
      f.lowerCase = /^\p{Ll}/u.test(name.text) ? 1 : 0;
      f.words = Math.min(8, name.text.split(/\s+/).length) / 8;
      f.list = /,|\band\b|&/.test(name.text) ? 1 : 0;
      f.cutAtComma = name.cut ? 1 : 0;
      f.dateSameLine = dateHere ? 1 : 0;
      f.dateNear = dateNear ? 1 : 0;
      f.removed = verdicts[block]!.block && verdicts[block]!.block!.category !== 'metadata' ? 1 : 0;
      f.inBody = block > body ? 1 : 0;
      f.sameAsMarkup = markupKeys.has(titleKey(name.text)) ? 1 : 0;
      f.organisation = ORGANISATION.test(name.text) ? 1 : 0;
      f.heading = blocks[block]!.kind === 'heading' ? 1 : 0;
      f.sameAsTitle = titleKeys.has(titleKey(name.text)) ? 1 : 0;
      setNameWords(f, name.text);
      candidates.push({ text: name.text, features: f });
    }
  });
  const visible = new Set(candidates.map((c) => titleKey(c.text)));
  for (const { source, text } of markup) {
    const f = emptyFeatures();
    f.isMarkup = 1;
    f.fromLd = source === 'ld' ? 1 : 0;
    f.fromMeta = source === 'meta' ? 1 : 0;
    f.fromRel = source === 'rel' ? 1 : 0;
    f.nameShape = NAME.test(text) ? 1 : 0;
    f.words = Math.min(8, text.split(/\s+/).length) / 8;
    f.list = /,|\band\b|&/.test(text) ? 1 : 0;
    f.seenVisible = visible.has(titleKey(text)) ? 1 : 0;
    f.organisation = ORGANISATION.test(text) ? 1 : 0;
    f.handle = /^[\p{Ll}\d._-]+$|^https?:/u.test(text) ? 1 : 0;
    setNameWords(f, text);
    candidates.push({ text, features: f });
  }
  return candidates;
}

interface Named {
  text: string;
  label: 'by' | 'written' | 'author' | 'other' | 'bare-by' | 'label-below' | 'none';
  /** The name list was cut at its first comma. */
  cut: boolean;
  /** The name is one part of a line of several ("12 Comments | Jane Doe | March 5, 2024"). */
  segment: boolean;
}

/** Separators between a dateline's parts. */
const SEPARATOR = /\s*[|•·⋅–—]\s*|\s+-\s+/u;

/**
 * The names a line gives, with how it gives them. A line that is only "By" gives the next
 * line's name, and a name with "Author" under it is an author box's.
 */
function namesOn(line: string, previous: string | undefined, next: string | undefined): Named[] {
  // "ByJane Doe", "Written byAAA Travel Editor": a dump ran the label into the name.
  const text = line.replace(/^((?:[Ww]ritten|[Pp]osted|[Rr]eviewed|[Ee]dited) [Bb]y|B[Yy])(?=\p{Lu})/u, '$1 ').replace(GLUED_DATE, ' ');
  if (previous !== undefined && /^(?:by|written by|author:?)$/i.test(previous.trim())) return variants(text, 'bare-by', false);
  const parts = text.split(SEPARATOR).filter(Boolean);
  const segment = parts.length > 1;
  const names: Named[] = [];
  for (const part of parts) {
    // "May 3, 2017 By Erin Spain 4 Comments", "Posted on July 1, 2024 by Infuy": a date before the credit goes.
    const date = dateIn(part);
    const afterDate = date ? part.slice(date.end).replace(/^[\s,:]+/, '') : '';
    const rest = date && (date.at === 0 || /^by\s/i.test(afterDate)) ? afterDate : part;
    const labelled = LABEL.exec(rest);
    if (labelled) {
      const label = labelled[1] ? 'by' : labelled[2] ? 'written' : labelled[3] ? 'author' : 'other';
      names.push(...variants(labelled[5] ?? '', label, segment));
      continue;
    }
    // A bare name is the whole part, up to a date, an " in Section" or a "Published" after it: a headline cut short ("Top 10 ...") is none.
    const whole = cleanName(cutAtDate(rest).replace(/\s+in\s+.*$/u, '').replace(DATE_LABEL_AFTER, ''));
    // "Shelia R. Cotten, Clemson University": a name line may say where the author works.
    const beforeComma = cleanName(whole.split(',')[0]!);
    const cut = !isBareName(whole) && isBareName(beforeComma);
    const head = cut ? beforeComma : whole;
    if (!isBareName(head)) continue;
    const below = next !== undefined && /^(?:author|writer|editor|contributor)s?$/i.test(next.trim());
    names.push({ text: head, label: below ? 'label-below' : 'none', cut, segment });
  }
  return names;
}

/** Whether the name starts with a given name, and whether it holds a word of headlines. */
function setNameWords(f: Record<BylineFeature, number>, name: string): void {
  f.givenName = startsWithGivenName(name) ? 1 : 0;
  f.headlineWord = HEADLINE_WORD.test(name) ? 1 : 0;
}

/** Whether the name's first word, after a title ("Dr", "Ms"), is a common given name. */
function startsWithGivenName(name: string): boolean {
  const first = /^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.? )?([\p{L}'’-]+)/u.exec(name)?.[1];
  return first !== undefined && isGivenName(first);
}

/**
 * Whether a short line is a person's name, maybe followed after a comma by what they are
 * ("Dylan Bailey, MS, RD", "Jane Doe, Staff Writer") or by a date: a bare name that starts
 * with a given name and holds no word of headlines. An author's name with no "By" before it.
 */
export function isPersonName(line: string): boolean {
  const name = cleanName(cleanName(cutAtDate(line)).split(',')[0]!);
  return isBareName(name) && !HEADLINE_WORD.test(name) && startsWithGivenName(name);
}

/** A name alone on its line: a headline cut short ("Top 10 ...") is none. */
function isBareName(text: string): boolean {
  return text !== '' && NAME.test(text) && text.split(/\s+/).length <= 5;
}

/** The part of a name line before a date on it ("Dakota Hebert July 8, 2025"). */
function cutAtDate(text: string): string {
  const date = dateIn(text);
  return date && date.at > 0 ? text.slice(0, date.at) : text;
}

/** The name as given, and cut at its first comma ("Jane Doe, Staff Writer" is Jane Doe). */
function variants(rest: string, label: Named['label'], segment: boolean): Named[] {
  const whole = cleanName(cutAtDate(rest).replace(AFTER_NAME, ''));
  if (!whole || !/\p{Lu}/u.test(whole)) return [];
  const first = cleanName(whole.split(',')[0]!);
  const named = (text: string, cut: boolean): Named => ({ text, label, cut, segment });
  return first && first !== whole ? [named(whole, false), named(first, true)] : [named(whole, false)];
}

/**
 * The name without what a dump left around it: quotes and separators at its ends, a full
 * stop after a word (not after an initial or "Jr."), and the name said twice in a row,
 * as an author link with its text beside it gives ("Colin Gray Colin Gray").
 */
function cleanName(text: string): string {
  const name = text.replace(/\s+/g, ' ').replace(/^[\s:,"“”'-]+|[\s:,|"“”'-]+$/g, '').replace(/(?<=\p{Ll}{3})\.$/u, '').trim();
  // Bounded: the pattern tries every split of the text.
  return name.length <= MAX_NAME_TWICE ? (/^(.+) \1$/u.exec(name)?.[1] ?? name) : name;
}

/** The longest text read for a name said twice. */
const MAX_NAME_TWICE = 160;

/** A month run into the name before it by a dump ("ByKathryn GiuffridaMar 5, 2025"): a space goes back between them. */
const GLUED_DATE = /(?<=\p{Ll})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})/gu;
/** A dateline's label after a bare name on its line ("Patrick Clarke Published 10:19am"). */
const DATE_LABEL_AFTER = new RegExp(`\\s+(?:${DATELINE_LABELS})\\b.*$`, 'u');

/** A template's unfilled field ("page.head.extra.author", "{{author}}"): no name at all. */
const PLACEHOLDER = /^[\w-]+(?:\.[\w-]+){2,}$|[{}]{2}|^\$\{/u;

/**
 * An author as the markup gives it. A profile's address stands for its name
 * ("https://site.com/user/jane-doe" is Jane Doe); an unfilled template field is none.
 */
export function markupName(value: string): string {
  const text = cleanName(value);
  if (PLACEHOLDER.test(text)) return '';
  const url = /^https?:\/\/[^/]+\/(?:.*\/)?([\p{L}][\p{L}'’]*(?:[-_][\p{L}'’]+){1,3})\/?$/u.exec(text);
  if (!url) return text;
  return url[1]!.split(/[-_]/).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

function flatLines(blocks: readonly Block[], from: number, to: number): { text: string; block: number }[] {
  const out: { text: string; block: number }[] = [];
  for (let i = from; i < to; i++) for (const line of blocks[i]!.lines) out.push({ text: line.text.trim(), block: i });
  return out;
}

const NO_FEATURES = Object.fromEntries(BYLINE_FEATURES.map((name) => [name, 0])) as Record<BylineFeature, number>;

/** Every feature at 0, copied from one made once (a copy is far cheaper than building it anew for each candidate). */
function emptyFeatures(): Record<BylineFeature, number> {
  return { ...NO_FEATURES };
}
