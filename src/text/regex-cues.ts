/**
 * The cues of a regular expression: literal strings of which at least one occurs in every
 * text the expression matches. A line that holds none of a pattern's cues cannot match
 * it, so the pattern need not run there (see cue-index.ts).
 *
 * Cues are read from the pattern's syntax tree (parsed by regexpp), bottom up. Each part
 * of the pattern tells either the few exact strings it can match (`exact`: a literal, a
 * small class such as `[Gg]`, an alternation of literals, an optional part), or a set of
 * strings one of which each of its matches contains (`within`), or nothing. A sequence
 * multiplies its neighbours' exact strings into longer ones (`(sign up|subscribe) for` is
 * four strings), an alternation needs a cue from each branch, a repeated part keeps its
 * own cues. Anything that could match text no literal names (`\w`, `.`, a negated class,
 * a back-reference, a part that may repeat zero times) tells nothing, and a pattern
 * whose every cue set would be empty has no cues: it is always run.
 *
 * Cues are looked for in the lower-cased line (cueText in cue-index.ts), so they are
 * lower-cased too. A letter of a case-insensitive pattern matches every letter of its
 * case class; only ASCII letters are taken as cues there, whose class lower-cases to one
 * letter once the long s (ſ, which `iu` matches as `s`) reads as `s` in the scanned line,
 * and characters that have no case (`©`, `€`).
 * The capital sigma is never a cue: lower-casing writes it ς or σ by its place in a word.
 */
import type * as Regexpp from '@eslint-community/regexpp';
import type { AST, RegExpParser } from '@eslint-community/regexpp';
import { lazyRequire } from '../lazy-require.js';

// Loaded only when a pattern's cues are not in the build's file (pattern-cues.ts).
const regexpp = lazyRequire<Pick<typeof Regexpp, 'RegExpParser'>>('@eslint-community/regexpp');

/** Most exact strings a part keeps before it is summed up by its cues alone. */
const MAX_EXACT = 64;
/**
 * Least rarity of a pattern's cues: an ASCII character counts 1, any other 3. Commoner
 * cues (`a `, `ad`, `19`) would hit nearly every line; `©` or `×` is rare enough.
 */
const MIN_RARITY = 3;
/** Rarity past which a longer cue turns away hardly more lines (`newsletter` against `newsletter sign-up`). */
const ENOUGH_RARITY = 6;
/** Largest range in a class (`[0-9]`) spelled out as its characters. */
const MAX_RANGE = 10;

interface Summary {
  /** Every string the part can match, as found in the lower-cased line; undefined when there are too many or they are unknown. */
  exact?: readonly string[];
  /** Strings one of which every match of the part contains; undefined when none is known. */
  within?: readonly string[];
}

const NOTHING_KNOWN: Summary = {};
const EMPTY: Summary = { exact: [''] };

let parser: RegExpParser | undefined;

/** The pattern's cues, lower-cased; undefined when it has none (it must then always run). */
export function regexCues(pattern: RegExp): string[] | undefined {
  parser ??= new regexpp.RegExpParser({ ecmaVersion: 2025 });
  let ast: AST.Pattern;
  try {
    ast = parser.parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.unicode, unicodeSets: pattern.flags.includes('v') });
  } catch {
    return undefined; // a syntax the parser does not know: no cues, never a wrong one
  }
  const mode: Mode = { ignoreCase: pattern.ignoreCase, unicode: pattern.unicode || pattern.flags.includes('v') };
  const cues = bestCues(disjunction(ast.alternatives, mode));
  if (!cues || cues.some(tooCommon)) return undefined;
  return [...cues];
}

const tooCommon = (cue: string) => rarity(cue) < MIN_RARITY;

function rarity(cue: string): number {
  let sum = 0;
  for (let i = 0; i < cue.length; i++) sum += cue.charCodeAt(i) < 0x80 ? 1 : 3;
  return sum;
}

interface Mode {
  ignoreCase: boolean;
  unicode: boolean;
}

function summary(node: AST.Element, mode: Mode): Summary {
  switch (node.type) {
    case 'Character':
      return oneOf([node.value], mode);
    case 'CharacterClass':
      return characterClass(node, mode);
    case 'Group':
      // A group that turns `i` on or off changes how its letters match: left unread.
      return node.modifiers ? NOTHING_KNOWN : disjunction(node.alternatives, mode);
    case 'CapturingGroup':
      return disjunction(node.alternatives, mode);
    case 'Quantifier':
      return quantifier(node, mode);
    case 'Assertion':
      // ^ $ \b and lookarounds match no characters of their own.
      return EMPTY;
    default:
      // Character sets (. \w \d \p{L}), back-references, `v`-flag class expressions.
      return NOTHING_KNOWN;
  }
}

/** A character that is one of the given code points. */
function oneOf(codePoints: readonly number[], mode: Mode): Summary {
  const forms = new Set<string>();
  for (const codePoint of codePoints) {
    const form = searchForm(codePoint, mode);
    if (form === undefined) return NOTHING_KNOWN;
    forms.add(form);
  }
  return { exact: [...forms] };
}

/** How a character of the pattern shows in the lower-cased line; undefined when that is not certain. */
function searchForm(codePoint: number, mode: Mode): string | undefined {
  const char = String.fromCodePoint(codePoint);
  if (char === 'Σ') return undefined;
  if (mode.ignoreCase && codePoint > 0x7f && !caseless(char)) return undefined;
  return char.toLowerCase();
}

/** A character with no other case, such as `©`: `i` matches it alone. */
const caseless = (char: string) => char.toLowerCase() === char && char.toUpperCase() === char;

function characterClass(node: AST.CharacterClass, mode: Mode): Summary {
  if (node.negate || node.unicodeSets) return NOTHING_KNOWN;
  const codePoints: number[] = [];
  for (const element of node.elements) {
    if (element.type === 'Character') codePoints.push(element.value);
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < MAX_RANGE) {
      for (let c = element.min.value; c <= element.max.value; c++) codePoints.push(c);
    } else return NOTHING_KNOWN;
  }
  return codePoints.length ? oneOf(codePoints, mode) : NOTHING_KNOWN;
}

function quantifier(node: AST.Quantifier, mode: Mode): Summary {
  const inner = summary(node.element, mode);
  if (node.min === 0) return node.max === 1 && inner.exact ? { exact: union([inner.exact, ['']], MAX_EXACT + 1) } : NOTHING_KNOWN;
  if (node.min === node.max && inner.exact) {
    let exact: readonly string[] | undefined = [''];
    for (let i = 0; i < node.min && exact; i++) exact = product(exact, inner.exact);
    if (exact) return { exact };
  }
  // At least one repetition: it holds the inner part's cues.
  const within = bestCues(inner);
  return within ? { within } : NOTHING_KNOWN;
}

/** Alternatives (`a|b`): exact when each is; otherwise a cue from each. */
function disjunction(alternatives: readonly AST.Alternative[], mode: Mode): Summary {
  const summaries = alternatives.map((alternative) => sequence(alternative.elements, mode));
  const exact = summaries.every((s) => s.exact) ? union(summaries.map((s) => s.exact!), MAX_EXACT) : undefined;
  const cueSets = summaries.map(bestCues);
  const within = cueSets.every((cues) => cues !== undefined) ? union(cueSets as (readonly string[])[], Infinity) : undefined;
  return { exact, within };
}

/**
 * Elements one after another. Any stretch of neighbours that are all exact gives cues:
 * the strings it can match, their exact strings multiplied; so does every inexact part.
 * The best of them is kept, and the whole is exact when every part is.
 */
function sequence(elements: readonly AST.Element[], mode: Mode): Summary {
  const parts = joinedLiterals(elements.map((element) => summary(element, mode)));
  let best: readonly string[] | undefined;
  const consider = (cues: readonly string[] | undefined) => {
    if (cues && !cues.includes('') && (!best || better(cues, best))) best = cues;
  };
  for (let from = 0; from < parts.length; from++) {
    consider(parts[from]!.within);
    if (!parts[from]!.exact) continue;
    // The stretch from here grows until it matches too many strings or its cues are rare enough.
    let stretch: readonly string[] | undefined = [''];
    for (let to = from; to < parts.length && parts[to]!.exact; to++) {
      stretch = product(stretch, parts[to]!.exact!);
      if (!stretch) break;
      consider(stretch);
      if (!stretch.includes('') && leastRarity(stretch) >= ENOUGH_RARITY) break;
    }
  }
  let exact: readonly string[] | undefined = [''];
  for (const part of parts) exact = exact && part.exact && product(exact, part.exact);
  return { exact, within: best };
}

/** Neighbouring parts that each match one string, as one part: `n`,`e`,`w`,`s` as `news`. */
function joinedLiterals(parts: readonly Summary[]): Summary[] {
  const out: Summary[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last?.exact?.length === 1 && part.exact?.length === 1 && !part.within) out[out.length - 1] = { exact: [last.exact[0]! + part.exact[0]!] };
    else out.push(part);
  }
  return out;
}

/** The more selective of a part's two cue sets: its exact strings or its inner cues. */
function bestCues(part: Summary): readonly string[] | undefined {
  const exact = part.exact && !part.exact.includes('') ? part.exact : undefined;
  if (!exact) return part.within;
  if (!part.within) return exact;
  return better(part.within, exact) ? part.within : exact;
}

/**
 * Whether cue set a is the better: the rarer its commonest cue, up to ENOUGH_RARITY; then
 * the fewer characters in all, as the automaton that holds every cue costs by its size.
 */
function better(a: readonly string[], b: readonly string[]): boolean {
  const rarestA = Math.min(leastRarity(a), ENOUGH_RARITY);
  const rarestB = Math.min(leastRarity(b), ENOUGH_RARITY);
  return rarestA !== rarestB ? rarestA > rarestB : totalLength(a) < totalLength(b);
}

function totalLength(cues: readonly string[]): number {
  let sum = 0;
  for (const cue of cues) sum += cue.length;
  return sum;
}

function leastRarity(cues: readonly string[]): number {
  let least = Infinity;
  for (const cue of cues) least = Math.min(least, rarity(cue));
  return least;
}

/** Every string of a followed by one of b; undefined when there would be too many. */
function product(a: readonly string[], b: readonly string[]): readonly string[] | undefined {
  if (a.length * b.length > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** The strings of all the sets; undefined past `limit` of them. */
function union(sets: readonly (readonly string[])[], limit: number): readonly string[] | undefined {
  const out = new Set<string>();
  for (const set of sets) {
    for (const s of set) out.add(s);
    if (out.size > limit) return undefined;
  }
  return [...out];
}
