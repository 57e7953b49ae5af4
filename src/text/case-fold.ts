/**
 * Case-insensitive patterns asked of lower-cased text instead. With the flags `iu`, V8
 * compiles every letter of a pattern into a test of all its Unicode case variants: the
 * rules' phrase lists then cost about four times as long to compile, and take about twice
 * the machine code, as the same patterns without `i`. Lower-casing a line once and asking
 * it the pattern without `i` gives the same answer for the text rules see.
 *
 * A pattern's own letters are lower-cased with the text: `[A-Z]` becomes `[a-z]` and
 * `GMT` becomes `gmt`. Where that could change what it matches, the pattern keeps its `i`
 * and is asked of the text as it is: a class that names a case (`\p{Lu}`), a group
 * reference by name, a range from a letter to a non-letter (`[0-Z]`), an upper-case letter
 * outside ASCII, or the `v` flag's nested classes.
 *
 * The answers differ only for a few letters whose lower case is not their case fold: the
 * long s (ſ), which `i` matches as `s`; the Greek final sigma, which lower-casing
 * produces at a word's end; and the Turkish dotted capital I, which lower-cases to two
 * characters. None of them appears in the rules' phrases.
 */
import { textRecord } from './text-record.js';

/** One unit of a pattern's source: an escape, or one character. */
const SOURCE_UNIT = /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|k<[^>]*>|[\s\S])|\(\?<(?![=!])[^>]*>|[\s\S]/gu;
/** Property classes that name no letter case. */
const CASELESS_PROPERTY = /^\\[pP]\{(?:L|Letter|N|Number|Nd|M|Mark|P|Punctuation|Pd|Ps|Pe|Pi|Pf|Po|Pc|S|Symbol|Sc|Sm|Sk|So|Z|Separator|Zs|(?:Script|sc|Script_Extensions|scx)=\w+)\}$/u;

/**
 * The pattern without `i`, to ask of lower-cased text whether it matches from the start;
 * undefined when that would change its answers. The copy drops `g` too, which only keeps a
 * position between calls; sticky patterns match only at that position and are left alone.
 */
export function lowerCasePattern(pattern: RegExp): RegExp | undefined {
  if (!pattern.ignoreCase || pattern.sticky || pattern.flags.includes('v')) return undefined;
  const source = lowerCaseSource(pattern.source);
  return source === undefined ? undefined : new RegExp(source, pattern.flags.replace(/[ig]/g, ''));
}

/** The source with its letters lower-cased, or undefined when a unit of it could name a case. */
function lowerCaseSource(source: string): string | undefined {
  const units = source.match(SOURCE_UNIT) ?? [];
  const out: string[] = [];
  let inClass = false;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.startsWith('(?<')) {
      out.push(unit); // a group's name is not text to match
      continue;
    }
    if (unit.startsWith('\\')) {
      if (!isCaselessEscape(unit)) return undefined;
      out.push(unit);
      continue;
    }
    if (unit === '[' && !inClass) inClass = true;
    else if (unit === ']' && inClass) inClass = false;
    // A range in a class: both ends letters of the same case, or neither end a letter.
    if (inClass && units[i + 1] === '-' && i + 2 < units.length && units[i + 2] !== ']') {
      const from = unit;
      const to = units[i + 2]!;
      if (isAsciiLetter(from) || isAsciiLetter(to)) {
        if (!(isAsciiLetter(from) && isAsciiLetter(to) && isUpper(from) === isUpper(to))) return undefined;
      }
    }
    const lower = unit.toLowerCase();
    if (lower !== unit && !isAsciiLetter(unit)) return undefined;
    out.push(lower);
  }
  return out.join('');
}

function isCaselessEscape(unit: string): boolean {
  const kind = unit[1]!;
  if (kind === 'p' || kind === 'P') return CASELESS_PROPERTY.test(unit);
  if (kind === 'k') return false;
  const code = /^\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))$/.exec(unit);
  if (code) {
    const char = String.fromCodePoint(parseInt(code[1] ?? code[2] ?? code[3]!, 16));
    return char.toLowerCase() === char;
  }
  // \d \s \w \b and their capitals are classes, \n \t \. and the like characters with no case.
  return true;
}

const isAsciiLetter = (c: string) => /^[A-Za-z]$/.test(c);
const isUpper = (c: string) => c !== c.toLowerCase();

export interface TextTest {
  /** Whether the text matches the pattern. */
  test(text: string): boolean;
  /** The pattern asked: the given one, or its copy without `i` when `onLowerCase`. */
  pattern: RegExp;
  /** Whether `pattern` is asked of the lower-cased text. */
  onLowerCase: boolean;
}

const textTests = new WeakMap<RegExp, TextTest>();

/**
 * A pattern to ask of many texts, as its answer alone: through lower-cased text when it can
 * be, and a stateful (g, y) pattern through a copy of its own, from the start each time.
 * Kept with the pattern, so that every rule and union asking it shares one compiled copy.
 */
export function textTest(pattern: RegExp): TextTest {
  let made = textTests.get(pattern);
  if (!made) {
    made = makeTextTest(pattern);
    textTests.set(pattern, made);
  }
  return made;
}

function makeTextTest(pattern: RegExp): TextTest {
  const lower = lowerCasePattern(pattern);
  if (lower) return { pattern: lower, onLowerCase: true, test: (text) => lower.test(lowerCased(text)) };
  const own = pattern.global || pattern.sticky ? new RegExp(pattern.source, pattern.flags) : pattern;
  const test = own === pattern ? (text: string) => own.test(text) : (text: string) => ((own.lastIndex = 0), own.test(text));
  return { pattern: own, onLowerCase: false, test };
}

/**
 * The text in lower case, kept for the document (text-record.ts): every rule's patterns
 * ask about each line, and a union asks about the same line several times in turn.
 */
export function lowerCased(text: string): string {
  const record = textRecord(text);
  return (record.lower ??= text.toLowerCase());
}

const globalLowerCasePatterns = new WeakMap<RegExp, RegExp | null>();

/**
 * `text` with every match of a global pattern replaced by `replacement` (as it is: no `$`
 * references), the matches found in the lower-cased text wherever the pattern can be asked
 * there. Lower-casing never shortens a character and lengthens only the dotted capital I,
 * so when the lengths agree every match stands at the same place in both texts.
 */
export function replaceAllCaseless(text: string, pattern: RegExp, replacement: string): string {
  let lower = globalLowerCasePatterns.get(pattern);
  if (lower === undefined) {
    const copy = pattern.global ? lowerCasePattern(pattern) : undefined;
    lower = copy ? new RegExp(copy.source, `${copy.flags}g`) : null;
    globalLowerCasePatterns.set(pattern, lower);
  }
  const folded = lower ? lowerCased(text) : text;
  if (!lower || folded.length !== text.length) return text.replace(pattern, () => replacement);
  let out = '';
  let from = 0;
  let replaced = false;
  for (const m of folded.matchAll(lower)) {
    out += text.slice(from, m.index) + replacement;
    from = m.index + m[0].length;
    replaced = true;
  }
  return replaced ? out + text.slice(from) : text;
}
