/**
 * Patterns joined into a few alternations: a line that matches none is turned away in a
 * few calls instead of dozens. `(?:a)|(?:b)` matches a text exactly when `a` or `b` does,
 * so joining never changes an answer. Patterns are joined only with others of the same
 * flags, and into pieces of bounded size: past about 20,000 characters of source V8 stops
 * optimising a pattern, and one huge join runs slower than its parts asked one by one.
 * Patterns that cannot be joined safely stay alone: stateful ones (flags g and y keep
 * `lastIndex`; they are asked from the start every time), and those with back-references
 * or named groups, whose numbers and names would clash.
 */
import { lowerCased, type TextTest } from './case-fold.js';

/** Largest source of one joined pattern. */
const MAX_JOINED_SOURCE = 8000;

/** Whether a text matches any of the tests, their patterns joined (those asked of lower-cased text apart). */
export function joinedTest(tests: readonly TextTest[]): (text: string) => boolean {
  const onText = joinedPieces(tests.filter((t) => !t.onLowerCase).map((t) => t.pattern));
  const onLowerCase = joinedPieces(tests.filter((t) => t.onLowerCase).map((t) => t.pattern));
  return (text) => anyMatches(onText, text) || (onLowerCase.length > 0 && anyMatches(onLowerCase, lowerCased(text)));
}

function anyMatches(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((pattern) => {
    pattern.lastIndex = 0; // only the copies of stateful patterns read it
    return pattern.test(text);
  });
}

/** The patterns joined by flags into as few pieces as their size allows; those that cannot join stay as they are. */
function joinedPieces(patterns: readonly RegExp[]): RegExp[] {
  const pieces: RegExp[] = [];
  const byFlags = new Map<string, RegExp[]>();
  for (const pattern of patterns) {
    if (pattern.global || pattern.sticky || !joinable(pattern)) pieces.push(pattern);
    else byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), pattern]);
  }
  for (const [flags, group] of byFlags) pieces.push(...joined(group, flags));
  return pieces;
}

function joined(group: readonly RegExp[], flags: string): RegExp[] {
  if (group.length === 1) return [group[0]!];
  const out: RegExp[] = [];
  let sources: string[] = [];
  let length = 0;
  const flush = () => {
    if (sources.length) out.push(new RegExp(sources.join('|'), flags));
    sources = [];
    length = 0;
  };
  for (const pattern of group) {
    const source = `(?:${pattern.source})`;
    if (length + source.length > MAX_JOINED_SOURCE) flush();
    sources.push(source);
    length += source.length + 1;
  }
  flush();
  return out;
}

/** Whether a pattern can join others in one alternation without changing what it matches. */
function joinable(pattern: RegExp): boolean {
  // Back-references (\1, \k<name>) and named groups (?<name>...) depend on group numbers and names.
  return !/\\[1-9]|\\k<|\(\?<(?![=!])/.test(pattern.source);
}
