/**
 * Case-insensitive patterns asked of lower-cased text instead. With the flags `iu`, V8
 * compiles every letter of a pattern into a test of all its Unicode case variants: the
 * rules' phrase lists then cost about four times as long to compile, and take about twice
 * the machine code, as the same patterns without `i`. Lower-casing a line once and asking
 * it the pattern without `i` gives the same answer for the text rules see.
 *
 * Only patterns whose own letters are all lower case can be asked this way: an upper-case
 * letter in the source, or a class that names a case (`\p{Lu}`), would stop matching on
 * lower-cased text. Those keep their `i` and are asked of the text as it is.
 *
 * The answers differ only for a few letters whose lower case is not their case fold: the
 * long s (ſ), which `i` matches as `s`; the Greek final sigma, which lower-casing
 * produces at a word's end; and the Turkish dotted capital I, which lower-cases to two
 * characters. None of them appears in the rules' phrases.
 */

/** Escapes that name no letter case: classes, character codes, control characters. */
const CASELESS_ESCAPES = /\\(?:[dDsSwWbB]|[pP]\{(?:L|Letter|N|Number|Nd|M|Mark|P|Punctuation|Pd|Ps|Pe|Pi|Pf|Po|Pc|S|Symbol|Sc|Sm|Sk|So|Z|Separator|Zs|Script=\w+|sc=\w+)\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z])/g;

/** The pattern without `i`, to ask of lower-cased text; undefined when that would change its answers. */
export function lowerCasePattern(pattern: RegExp): RegExp | undefined {
  if (!pattern.ignoreCase) return undefined;
  const letters = pattern.source.replace(CASELESS_ESCAPES, '');
  if (letters !== letters.toLowerCase()) return undefined;
  // Another escaped letter (\P{Lu}, \k<Name>) could still name a case: leave it alone.
  if (/\\[pPk]/.test(letters)) return undefined;
  return new RegExp(pattern.source, pattern.flags.replace('i', ''));
}

let lastText = '';
let lastLower = '';

/**
 * The text in lower case. Every union asks about the same line in turn, so the last
 * answer is kept.
 */
export function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}
