/**
 * metadata: standalone bylines, datelines, timestamps, reading times and photo credits.
 *
 * Works line by line. A dateline goes only when the whole line is made of date and time
 * pieces, labels ("Published", "Aktualisiert am", "Mis à jour le"), a short run of
 * capitalised names and separators: one lowercase word of prose ("was", "passed") keeps the
 * line. A byline goes when "By"/"Von"/"Par"/"Por" is followed by names only. A caption goes
 * when it ends in a photo credit ("Credit... Doug Mills/The New York Times", "(AP Photo/X)").
 * A bare name or wire-agency line ("Reuters", "Pamela Wilson") goes only beside such a line.
 *
 * Keeps: sentences that contain a date or "by" ("The bill was passed by the Senate on
 * November 19, 2019."), date ranges ("29 November 2018 | 20 January 2019"), tweet
 * signatures ("— Name (@handle) November 19, 2019").
 */
import type { Block, Finding, Rule, RuleContext } from '../types.js';
import { memoizeByBlock, memoizeByText } from '../text/memo.js';
import { replaceAllCaseless, textTest } from '../text/case-fold.js';
import { builtInDocsUrl } from './docs-url.js';
import { phraseBook, words, type PhraseBook } from './phrases/phrase-book.js';
import { unionOf } from '../text/pattern-union.js';

// ---------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------

const MONTHS = words('metadata', 'months');

const WEEKDAYS = words('metadata', 'weekdays');

const TIME_ZONES = words('metadata', 'timeZones').join('|');

/** Sort longest first so that an alternation prefers "november" to "nov". */
const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const L = '(?<![\\p{L}\\p{N}])'; // start of a word (\b is ASCII-only)
const R = '(?![\\p{L}\\p{N}])'; // end of a word
const MONTH = `(?:${alt(MONTHS)})\\.?`;
const WEEKDAY = `(?:${alt(WEEKDAYS)})\\.?,?\\s+`;
const ORD = '(?:st|nd|rd|th|er|º|°)?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';

const re = (source: string, flags = 'giu') => new RegExp(source, flags);

/** Dates with a year: "Tuesday, November 19, 2019", "19. November 2019", "22 de enero de 2018", ISO, numeric. */
const FULL_DATES: RegExp[] = [
  re(`${L}\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?${R}`),
  re(`${L}(?:${WEEKDAY})?${MONTH}\\s+\\d{1,2}${ORD},?\\s+${YEAR}${R}`),
  re(`${L}(?:${WEEKDAY})?\\d{1,2}${ORD}\\.?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+|del\\s+)?${YEAR}${R}`),
  re(`${L}(?:${WEEKDAY})?\\d{1,2}\\.\\d{1,2}\\.(?:${YEAR}|\\d{2})${R}`),
  re(`${L}(?:${WEEKDAY})?\\d{1,2}/\\d{1,2}/(?:${YEAR}|\\d{2})${R}`),
  re(`${L}(?:${WEEKDAY})?\\d{1,2}-\\d{1,2}-${YEAR}${R}`),
  re(`${YEAR}年\\d{1,2}月\\d{1,2}日`),
];
/** Dates without a year ("Nov 19", "18 November"): a date only beside a label or a time. */
const SHORT_DATES: RegExp[] = [
  re(`${L}(?:${WEEKDAY})?${MONTH}\\s+\\d{1,2}${ORD}${R}`),
  re(`${L}(?:${WEEKDAY})?\\d{1,2}${ORD}\\.?\\s+(?:de\\s+)?${MONTH}${R}`),
];
const TIMES: RegExp[] = [
  re(
    `${L}\\d{1,2}(?:[:.h]\\d{2}){1,2}\\s*(?:[ap]\\.?\\s?m\\.?${R})?(?:\\s*(?:Uhr|h|hrs)${R})?(?:\\s*\\(?(?:${TIME_ZONES})${R}\\)?)?`,
  ),
  re(`${L}\\d{1,2}\\s*[ap]\\.?\\s?m\\.?${R}(?:\\s*\\(?(?:${TIME_ZONES})${R}\\)?)?`),
  re(`${L}\\d{4}\\s+\\(?(?:${TIME_ZONES})${R}\\)?`),
  re(`${L}\\d{1,2}\\s+Uhr${R}`),
];
/** "3 hours ago", "vor 2 Stunden", "il y a 5 min", "hace 3 horas", "5 min read", "Lesezeit: 3 Minuten". */
const RELATIVE: RegExp[] = [
  re(`${L}(?:\\d+|an?|one)\\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)\\.?\\s+ago${R}`),
  re(`${L}just now${R}`),
  re(`${L}vor\\s+(?:\\d+|einer?)\\s+(?:Sekunden?|Minuten?|Min\\.?|Stunden?|Std\\.?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)${R}`),
  re(`${L}il y a\\s+\\d+\\s+(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)${R}`),
  re(`${L}hace\\s+(?:\\d+|una?)\\s+(?:segundos?|minutos?|min|horas?|h|días?|dias?|semanas?|mes(?:es)?|años?)${R}`),
  re(`${L}\\d+\\s*-?\\s*(?:min(?:ute)?s?|minuten|minutos|Min)\\.?\\s+(?:read|reading|Lesezeit|Lesedauer|de lecture|de lectura|lectura)${R}`),
  re(`${L}(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|lecture)\\s*:?\\s*(?:ca\\.\\s*)?\\d+\\s*(?:min(?:ute)?s?|minuten|minutos)?\\.?${R}`),
];
/** "Published", "Last updated on", "Aktualisiert am", "Mis à jour le", "Actualizado el"... */
const LABEL_WORDS = `(?:${words('metadata', 'labels').join('|')})`;
const LABELS = re(
  `${L}(?:(?:first|last|originally|zuletzt|dernière|última)\\s+)?${LABEL_WORDS}(?:\\s+(?:on|at|am|um|le|el|en|à|a las|il|em|às))?${R}\\s*:?`,
);

/** Lowercase words that may sit between names, dates and labels. */
const CONNECTORS = new Set(words('metadata', 'connectors'));
/** Lowercase role words that can stand in a byline ("By admin", "staff writer"). */
const ROLE_WORDS = new Set(words('metadata', 'bylineRoles'));
/** Words that, straight after "By"/"Von"/"Par"/"Por", begin a sentence rather than a name. */
const NOT_A_NAME = new Set([...WEEKDAYS, ...MONTHS, ...words('metadata', 'notNames')]);

const NAME_TOKEN = /^[\p{Lu}][\p{L}\p{M}.'’&-]*$/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const DOMAIN = textTest(/^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|info|news|co|uk|de|fr|es|it|in|au|ca|ie)$/iu);
const HANDLE = /^@\w+$/;
const TZ_TOKEN = textTest(re(`^(?:${TIME_ZONES})$`, 'i'));

/** Photo and wire agencies that credit pictures and copy. */
const AGENCIES = words('metadata', 'agencies').join('|');
const AGENCY_RE = `(?:${AGENCIES})`;
const AGENCY_WORD = re(`(?<![\\p{L}])${AGENCY_RE}(?![\\p{L}])`, 'gu');
/** An agency's name anywhere, even inside a word: every pattern that names an agency needs one. */
const AGENCY_ANYWHERE = re(AGENCY_RE, 'u');
/** Agencies whose bare name on a line is always a picture credit. */
const PHOTO_AGENCY_LINE = re(
  `^(?:${words('metadata', 'photoAgencies').join('|')})(?:\\s*(?:/|,|via)\\s*${AGENCY_RE})*(?:\\s*/\\s*[\\p{Lu}][\\p{L}]*(?:\\s+[\\p{Lu}][\\p{L}]*){0,2})?$`,
  'u',
);
/** A wire agency alone on a line: a byline only beside a dateline. */
const WIRE_AGENCY_LINE = re(`^(?:${AGENCY_RE})(?:\\s*[/,|]\\s*${AGENCY_RE})*$`, 'u');

// ---------------------------------------------------------------------------------------
// Line shapes
// ---------------------------------------------------------------------------------------

interface Shape {
  /** The text with its dates, times and labels replaced by §D, §W, §T, §R and §L. */
  marked: string;
  dates: number;
  shortDates: number;
  times: number;
  relative: number;
  labels: number;
  names: number;
  handles: number;
  other: number;
}

/**
 * For some patterns of the shape, a piece of text that every one of their matches contains,
 * found far more cheaply than the pattern itself (which tries its month or weekday alternation
 * at every word). Where the piece is missing from the text, the pattern cannot match and its
 * pass is skipped: the result is the same. Each hint keeps its pattern's case flag.
 */
const YEAR_AFTER_SPACE = re(`\\s${YEAR}`, 'u');
const PASS_HINTS = new Map<RegExp, RegExp>([
  [AGENCY_WORD, AGENCY_ANYWHERE],
  // Month dates with a year: ",?\s+YEAR" and "\s+(?:de\s+|del\s+)?YEAR" both put a space before the year.
  [FULL_DATES[1]!, YEAR_AFTER_SPACE],
  [FULL_DATES[2]!, YEAR_AFTER_SPACE],
  // Numeric dates: "19.11.2019", "11/19/19", "19-11-2019".
  [FULL_DATES[3]!, /\d\.\d{1,2}\.\d/],
  [FULL_DATES[4]!, /\d\/\d{1,2}\/\d/],
  [FULL_DATES[5]!, /\d-\d{1,2}-\d/],
  [RELATIVE[0]!, /ago/iu],
  [RELATIVE[1]!, /just now/iu],
  // "5 min read", "3 Minuten Lesezeit": every unit starts with "min".
  [RELATIVE[5]!, /min/iu],
  [TIMES[1]!, /\d\s*[ap]/iu],
  [TIMES[2]!, /\d{4}\s/],
  // "19 November", "Tuesday 19th November": the pattern without its word boundary and weekday.
  [SHORT_DATES[1]!, re(`\\d${ORD}\\.?\\s+(?:de\\s+)?${MONTH}`, 'iu')],
  [LABELS, re(LABEL_WORDS, 'iu')],
]);

/** `text` with every match of `pattern` replaced, skipping the pass when its hint says there is none. */
function replaceAll(text: string, pattern: RegExp, replacement: string): string {
  const hint = PASS_HINTS.get(pattern);
  return hint && !textTest(hint).test(text) ? text : replaceAllCaseless(text, pattern, replacement);
}

const TOKEN_SEPARATORS = /[\s|•·,;:/()[\]{}–—*_+~]+|(?<=\s)-+(?=\s)|^-+|-+$/u;
const EDGE_QUOTES = /^[-'"“”‘’]+|[-'"“”‘’]+$/gu;

/** Replaces dates, times, labels... with placeholders and counts what is left, word by word. */
function shapeOfUncached(text: string): Shape {
  // Agencies count as one name whatever their case ("dpa", "AFP").
  let s = replaceAll(` ${text} `, AGENCY_WORD, ' Agency ');
  const count = (patterns: RegExp[], mark: string) => {
    for (const p of patterns) s = replaceAll(s, p, ` ${mark} `);
  };
  count(FULL_DATES, '§D');
  count(RELATIVE, '§R');
  count(TIMES, '§T');
  count(SHORT_DATES, '§W');
  s = replaceAll(s, LABELS, ' §L ');

  const shape: Shape = { marked: s, dates: 0, shortDates: 0, times: 0, relative: 0, labels: 0, names: 0, handles: 0, other: 0 };
  const tokens = s.split(TOKEN_SEPARATORS).filter((t) => t && t !== '-' && t !== '.');
  for (const raw of tokens) {
    const token = raw.replace(EDGE_QUOTES, '');
    if (!token) continue;
    switch (token) {
      case '§D': shape.dates++; continue;
      case '§W': shape.shortDates++; continue;
      case '§T': shape.times++; continue;
      case '§R': shape.relative++; continue;
      case '§L': shape.labels++; continue;
    }
    if (TZ_TOKEN.test(token)) continue;
    const lower = token.toLowerCase();
    if (CONNECTORS.has(lower) && token === lower) continue;
    if (ROLE_WORDS.has(lower)) shape.names++;
    else if (HANDLE.test(token)) shape.handles++;
    else if (NAME_TOKEN.test(token) || INITIALS.test(token) || DOMAIN.test(token)) shape.names++;
    else shape.other++;
  }
  return shape;
}
const shapeOf = memoizeByText(shapeOfUncached);

/**
 * A necessary condition for a line to show a date, a time or a relative time, cheap enough to
 * spare most lines their shape. Every pattern of FULL_DATES, SHORT_DATES and TIMES, and every
 * RELATIVE pattern but four, needs a digit; those four need "ago", "just now", "vor" or "hace"
 * (matched with the same flags, so with the same case folding). The shape's placeholders and
 * its " Agency " add neither digits nor those words, and a line may only count a placeholder
 * that it did not get from a pattern if it holds a "§". A line that fails this test has no
 * date, short date, time or relative time, so it cannot be a dateline.
 */
function mayHoldDateOrTime(text: string): boolean {
  return /[0-9§]/.test(text) || /ago|just now|vor|hace/iu.test(text);
}

/** "Published: Tuesday, November 19, 2019 08:38 AM", "Nov. 18, 2019 7:04 pm ET", "3 hours ago", "Associated Press November 19, 2019". */
function isDateline(text: string): boolean {
  if (text.length > 200 || /[?!]$/.test(text)) return false;
  // Tweet signatures ("— Name (@handle) November 19, 2019") belong to the embedded tweet.
  if (/\(@\w+\)/.test(text) || /^[—–]\s*\p{Lu}/u.test(text)) return false;
  if (!mayHoldDateOrTime(text)) return false;
  const s = shapeOf(text);
  if (s.other > 0 || s.handles > 0 || s.names > 6) return false;
  // A date that heads an entry ("November 5, 2019: Election Day") is content, not a dateline;
  // so is a field of a fact box ("When: Saturday, November 23", "Release date: November 15, 2019").
  if (s.names > 0 && /§[DW]\s*:\s*\p{Lu}/u.test(s.marked)) return false;
  if (/\p{L}\s*:\s*(?:§T\s*,?\s*)?§[DW]/u.test(s.marked)) return false;
  // Two bare dates and nothing else is a span of days ("29 November 2018 | 20 January 2019").
  if (s.dates >= 2 && s.labels === 0 && s.times === 0 && s.relative === 0) return false;
  if (s.dates > 0 || s.relative > 0) return true;
  if (s.shortDates > 0 && (s.labels > 0 || s.times > 0)) return true;
  // A bare time ("4:14 p.m.") heads an entry of a live story: it stays.
  return s.labels > 0 && s.times > 0;
}

const BY_LEAD = new RegExp(`^(?:(?:${words('metadata', 'bylineLeads').join('|')})\\s+)?by\\s*:?\\s+(.+)$`, 'iu');
const BY_LEAD_OTHER = new RegExp(`^(?:${words('metadata', 'authorLabels').join('|')})\\s*:?\\s+(.+)$`, 'iu');
const BARE_BY = textTest(/^(?:by|von|par|por|di|door)\s*:?$/iu);

/** "By Jane Doe", "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER", "Von Max Mustermann", "Par Jean Dupont | 19/11/2019". */
function isByline(text: string): boolean {
  if (text.length > 200 || /[?!]$/.test(text)) return false;
  const m = BY_LEAD.exec(text) ?? BY_LEAD_OTHER.exec(text);
  if (!m) return false;
  // What follows must open with a name ("By Jane"), not a time or a thing ("By Tuesday", "By the numbers").
  const rest = m[1]!.trim();
  const first = rest.split(/[\s,|•·–—:]+/u)[0]!.replace(/[.'’]+$/u, '');
  if (!first || NOT_A_NAME.has(first.toLowerCase())) return false;
  if (!(NAME_TOKEN.test(first) || ROLE_WORDS.has(first.toLowerCase()))) return false;
  const s = shapeOf(rest);
  return s.other === 0 && s.names >= 1 && s.names <= 14;
}

const ROLE =
  /^(?:columnist|correspondent|reporter|writer|editor|contributor|journalist|producer|photographer|critic|analyst|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|journaliste|rédacteur|rédactrice|correspondant(?:e)?|chroniqueur|chroniqueuse|redactor(?:a)?|periodista|corresponsal|columnista|colaborador(?:a)?)s?$/iu;
const ROLE_PREFIX_STOP = new Set(['the', 'a', 'an', 'our', 'your', 'meet', 'ask', 'dear', 'letter', 'letters', 'to', 'from', 'note']);

/** "Opinion Columnist", "Staff Writer", "Jane Doe | Reporter", "Jane Doe, Washington Correspondent". */
function isRoleLine(text: string): boolean {
  if (text.length > 80) return false;
  const parts = text.split(/\s*(?:[|,•·–—]|\s-\s)\s*/u).filter(Boolean);
  if (parts.length === 0 || parts.length > 3) return false;
  const last = parts[parts.length - 1]!.split(/\s+/);
  if (last.length > 4 || !ROLE.test(last[last.length - 1]!)) return false;
  const prefix = last.slice(0, -1);
  if (!prefix.every((w) => !ROLE_PREFIX_STOP.has(w.toLowerCase()) && (NAME_TOKEN.test(w) || ROLE_WORDS.has(w.toLowerCase())))) return false;
  // A role word alone ("Editor") may be a label of anything; a role needs a qualifier or a name.
  if (prefix.length === 0 && parts.length === 1) return false;
  return parts.slice(0, -1).every((p) => isNameLike(p, 5));
}

/** "Photo: Reuters", "Photo by Kirk Irwin/Getty Images", "Image copyright Getty Images", "Foto: dpa", "Imagen: EFE". */
const CREDIT_LEAD = new RegExp(
  `^(?:(?:AP\\s+)?(?:${alt(words('metadata', 'pictureLeads'))}))\\s*(?::|\\.\\.\\.|…|${alt(words('metadata', 'creditJoiners'))}|©|\\/)\\s*(.{1,120})$`,
  'iu',
);
/** Two-word leads need no colon: "Image copyright Getty Images", "Photo credit Jane Doe". */
const CREDIT_LEAD_COMPOUND = new RegExp(`^(?:${alt(words('metadata', 'pictureCreditLeads'))})\\s*(?::|\\.\\.\\.|…|©)?\\s*(.{1,120})$`, 'iu');
const GALLERY_COUNTER = textTest(new RegExp(`^(?:${alt(words('metadata', 'galleryItems'))})\\s+\\d+\\s+(?:${alt(words('metadata', 'galleryOf'))})\\s*\\/?\\s*\\d+$`, 'iu'));

/** Credits that end a caption line; the whole caption line goes. */
const CAPTION_CREDIT_END: RegExp[] = [
  // "... Credit... Doug Mills/The New York Times", "... Credit: SpaceX"
  /(?:^|\s)(?:Photo |Image )?Credits?\s*(?:\.\.\.|…|:)\s*([^.!?]{2,80})$/u,
  // "... (Photo: Getty Images)", "(AP Photo/Gene J. Puskar) less", "(Image credit: NASA)", "(credit: NASA/Jude Guidry)"
  /\((?:[^()]{0,30}\s)?(?:photo|photograph|image|picture|foto|bild|imagen|credit|photo credit|image credit|image source|illustration)s?\s*(?::|by|\/)\s*[^()]{1,80}\)\s*(?:less|more)?$/iu,
  // "... [File: Reuters]"
  /\[(?:file|photo|image|archive)s?:\s*[^\]]{1,60}\]$/iu,
  // "... Photograph: Jeenah Moon/Bloomberg/Getty Images", "Photograph by Robyn Beck/AFP/Getty Images"
  /(?:^|\s)(?:Photograph|Photo|Picture|Foto|Bild|Imagen|Illustration)(?::|\s+by)\s+([\p{Lu}][^.!?()]{1,80})$/u,
];
/**
 * "... (Manu Fernandez/AP)", "(Jacquelyn Martin / Associated Press)": a photographer and an agency end a
 * caption. (A bare "(Reuters)" may sign off a story paragraph: it is no signal.)
 */
const CAPTION_AGENCY_END: RegExp[] = [re(`\\(\\s*([^()]{1,60}?)\\s*/\\s*${AGENCY_RE}\\s*\\)\\s*(?:less|more)?$`, 'u')];
/**
 * "The WeWork logo in New York. Reuters", "Retiring early isn't easy. Kathrin Ziegler/Getty": one short
 * sentence and a credit. (A longer story paragraph may sign off with its agency, "... the US. PTI": it stays.)
 */
const PICTURE_AGENCY_RE = '(?:Getty Images|Getty|Shutterstock|iStock|Alamy|Reuters|REUTERS|AP Photo|AP|AFP|EPA-EFE|EPA|picture alliance|dpa)';
const ONE_SENTENCE_THEN_AGENCY = re(
  `^[^.!?]{10,200}[.!?]["”’]?\\s+(?:([\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3})\\s*/\\s*)?${PICTURE_AGENCY_RE}(?:\\s*/\\s*${AGENCY_RE})*$`,
  'u',
);

/** A short run of capitalised names: "Jane Doe", "Troy L. Smith, Cleveland.com". */
function isNameLike(text: string, maxNames: number): boolean {
  if (!text || text.length > 60) return false;
  const s = shapeOf(text);
  return s.other === 0 && s.names >= 1 && s.names <= maxNames && s.dates + s.shortDates + s.times + s.relative + s.labels === 0;
}

/** Names joined by "/" or separators, as in a credit: "Doug Mills/The New York Times", "Getty Images". */
function isCreditNames(text: string): boolean {
  const t = text.trim().replace(/[.\s]+$/u, '');
  if (!t || t.length > 100) return false;
  const s = shapeOf(t.replace(/[©]/gu, ' '));
  return s.other === 0 && s.names + s.handles >= 1 && s.names + s.handles <= 10 && s.dates + s.relative + s.labels === 0;
}

/** "Alex Wong | Getty Images", "Al Goldis, Associated Press", "New York State Sex Offender Registry via AP". */
const NAME_THEN_AGENCY = re(`^(.{2,70}?)\\s*(?:[,|/]|\\s-\\s|\\s+via\\s+|\\s+for\\s+)\\s*${AGENCY_RE}(?:\\s*[/,]\\s*[\\p{Lu}][\\p{L}]*(?:\\s+[\\p{Lu}][\\p{L}]*){0,2})*$`, 'u');

/** Credits that end a caption with an agency, as a name-like group checked by `isNameLike`. */
const AGENCY_CREDIT_END: RegExp[] = [...CAPTION_AGENCY_END, ONE_SENTENCE_THEN_AGENCY];

function isPhotoCredit(text: string): boolean {
  if (text.length > 600) return false;
  if (GALLERY_COUNTER.test(text)) return true;
  if (PHOTO_AGENCY_LINE.test(text)) return true;
  const lead = CREDIT_LEAD_COMPOUND.exec(text) ?? CREDIT_LEAD.exec(text);
  if (lead && isCreditNames(lead[1]!)) return true;
  // NAME_THEN_AGENCY, CAPTION_AGENCY_END and ONE_SENTENCE_THEN_AGENCY each need an agency's name
  // (PICTURE_AGENCY_RE names only agencies of AGENCIES): without one, none of them can match.
  const namesAgency = AGENCY_ANYWHERE.test(text);
  const agency = namesAgency ? NAME_THEN_AGENCY.exec(text) : null;
  if (agency && isNameLike(agency[1]!, 8)) return true;
  if (/\(@\w+\)/.test(text)) return false;
  for (const p of CAPTION_CREDIT_END) {
    const m = p.exec(text);
    if (m && (m[1] === undefined || isCreditNames(m[1]))) return true;
  }
  if (!namesAgency) return false;
  for (const p of AGENCY_CREDIT_END) {
    const m = p.exec(text);
    if (m && (m[1] === undefined || isNameLike(m[1], 5))) return true;
  }
  return false;
}

type LineKind = 'meta' | 'lead' | 'weak' | 'none';

/** Words of buttons and menus, which are not names. */
const UI_WORDS = new Set([
  'share', 'tweet', 'search', 'text', 'email', 'e-mail', 'print', 'comments', 'comment', 'menu', 'home', 'more', 'read',
  'next', 'previous', 'prev', 'subscribe', 'login', 'log', 'sign', 'follow', 'like', 'reply', 'related', 'video',
  'videos', 'photos', 'advertisement', 'close', 'open', 'save', 'story', 'stories', 'news', 'latest', 'top', 'facebook',
  'twitter', 'whatsapp', 'linkedin', 'pinterest', 'reddit', 'messenger', 'copy', 'link', 'listen', 'watch', 'view',
]);

/** Lowercase words that may join the parts of a name ("Jane and John Doe", "Ursula von der Leyen"). */
const NAME_JOINERS = new Set(['and', '&', 'und', 'et', 'y', 'de', 'van', 'von', 'der', 'da', 'del', 'di', 'la', 'le']);

/** Two to four capitalised words and nothing else: maybe an author's name. */
function isShortName(text: string): boolean {
  if (text.length > 40 || /[.!?:]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => (NAME_TOKEN.test(w) && !NOT_A_NAME.has(w.toLowerCase()) && !UI_WORDS.has(w.toLowerCase())) || NAME_JOINERS.has(w));
}

/** A line that opens with a date and goes on with words: an entry of a schedule or timeline. */
const DATED_ENTRY = textTest(re(`^(?:${FULL_DATES.map((p) => `(?:${p.source})`).join('|')}|${SHORT_DATES.map((p) => `(?:${p.source})`).join('|')})\\s*(?:[-–—:|,]+\\s*)?\\p{L}`, 'iu'));

function isDatedEntryUncached(text: string): boolean {
  // Every date pattern needs a digit (\d is ASCII, with any flags).
  if (!/[0-9]/.test(text) || !DATED_ENTRY.test(text)) return false;
  const s = shapeOf(text);
  return s.names > 0 && s.times === 0 && s.labels === 0 && s.relative === 0;
}
const isDatedEntry = memoizeByText(isDatedEntryUncached);

const META: Rule['meta'] = {
  id: 'metadata',
  category: 'metadata',
  description: 'Standalone bylines, datelines, timestamps, reading times and photo credits.',
  docs: builtInDocsUrl('metadata'),
  defaultOn: true,
  endsArticle: false,
  listsLinks: false,
  pass: 'widget',
};

/** The rule with its wire slugs and caption labels from `book`: site and CMS packs add to them (see pack-rules.ts). */
export function buildMetadata(book: PhraseBook): Rule {
  const wireSlugs = unionOf(book.list('metadata', 'wireSlugs'));
  const isWireSlug = (text: string) => wireSlugs.test(text);
  /** "Image caption …", "Photo caption …": a caption by its label (isPhotoCredit's length limit too). */
  const captionLeads = unionOf(book.list('metadata', 'captionLeads'));
  const isCaptionLine = (text: string) => text.length <= 600 && captionLeads.test(text);

  function lineKindUncached(text: string): { kind: LineKind; reason?: string } {
    if (BARE_BY.test(text)) return { kind: 'lead', reason: 'byline lead word' };
    if (isByline(text)) return { kind: 'meta', reason: 'byline' };
    if (isDateline(text)) return { kind: 'meta', reason: 'date/time line' };
    if (isRoleLine(text)) return { kind: 'meta', reason: "author's role" };
    if (isPhotoCredit(text) || isCaptionLine(text)) return { kind: 'meta', reason: 'photo credit' };
    if (isWireSlug(text)) return { kind: 'meta', reason: 'wire story slug' };
    if (WIRE_AGENCY_LINE.test(text) || isShortName(text)) return { kind: 'weak' };
    return { kind: 'none' };
  }
  const lineKind = memoizeByText(lineKindUncached);

  /** The kind of each line of a block, read in the light of its other lines. (Read only: it is shared between passes.) */
  function lineKindsOfUncached(block: Block): { kind: LineKind; reason?: string }[] {
    const kinds = block.lines.map((l) => lineKind(l.text));
    // Three or more lines that open with a date and go on with names are a schedule ("June 9, 2020 -- Arena, City").
    const entries = block.lines.map((l) => isDatedEntry(l.text));
    if (entries.filter(Boolean).length >= 3) entries.forEach((e, i) => e && (kinds[i] = { kind: 'none' }));
    return kinds;
  }
  const lineKindsOf = memoizeByBlock(lineKindsOfUncached);

  function blockIsMetadata(block: Block | undefined): boolean {
    return !!block && block.lines.length <= 4 && block.lines.every((l) => lineKind(l.text).kind === 'meta');
  }

  return {
    meta: META,
    // HTML: figures and captions, bylines and datelines are not the article's text.
    selectors: ['figure', 'figcaption'],
    classWords: ['byline', 'bylines', 'dateline', 'author', 'authors', 'attribution', 'credit', 'credits', 'caption', 'captions', 'timestamp', 'pubdate', 'meta'],
    classify(block: Block, context: RuleContext): Finding[] | null {
      const kinds = lineKindsOf(block);
      const findings: Finding[] = [];
      kinds.forEach((k, i) => {
        if (k.kind === 'meta' || k.kind === 'lead') {
          findings.push({ line: i, reason: k.reason! });
          return;
        }
        if (k.kind !== 'weak') return;
        const before = kinds[i - 1]?.kind;
        const after = kinds[i + 1]?.kind;
        // A name under a bare "By", or a name or agency beside a dateline in a short block.
        if (before === 'lead') findings.push({ line: i, reason: 'name after a byline lead word' });
        else if (block.lines.length <= 5 && (before === 'meta' || after === 'meta')) findings.push({ line: i, reason: 'name beside a byline or dateline' });
      });

      // A name alone in its block, under a "By" that ended the block before it; an agency beside a dateline block.
      if (findings.length === 0 && block.lines.length === 1 && kinds[0]!.kind === 'weak') {
        const prev = context.neighbour(-1);
        const prevLast = prev?.lines[prev.lines.length - 1]?.text;
        if (prevLast !== undefined && BARE_BY.test(prevLast)) return [{ line: 0, reason: 'name after a byline lead word' }];
        const text = block.lines[0]!.text;
        if (WIRE_AGENCY_LINE.test(text)) {
          const beside = [-1, 1].some((o) => blockIsMetadata(context.neighbour(o)));
          if (beside) return [{ line: 0, reason: 'wire agency beside a dateline' }];
        }
      }
      return findings.length ? findings : null;
    },
  };
}

export const metadata: Rule = buildMetadata(phraseBook());
