/**
 * Stop-word sets by ISO 639-1 code, taken from the `stopword` package's lists.
 * Prose is dense in stop words; menus, headline lists and bylines are not.
 */
// The package's ES module build: its CommonJS main file takes three times as long to load,
// since node scans it for named exports.
import { ces, dan, deu, eng, fin, fra, hun, ita, nld, nob, pol, por, ron, rus, spa, swe, tur, ukr } from 'stopword/dist/stopword.esm.mjs';

const LISTS: Record<string, readonly string[]> = {
  en: eng, de: deu, fr: fra, es: spa, it: ita, pt: por, nl: nld, ru: rus, pl: pol,
  sv: swe, da: dan, nb: nob, no: nob, fi: fin, cs: ces, hu: hun, ro: ron, tr: tur, uk: ukr,
};

const cache = new Map<string, Set<string>>();

/** The stop-word set for a language; unknown languages fall back to English. */
export function stopWordsFor(lang: string | undefined): Set<string> {
  const code = lang && LISTS[lang] ? lang : 'en';
  let set = cache.get(code);
  if (!set) {
    set = new Set(LISTS[code]!.map((w) => w.toLowerCase()));
    cache.set(code, set);
  }
  return set;
}

/** Languages with a stop-word list. */
export const STOP_WORD_LANGUAGES = Object.keys(LISTS);
