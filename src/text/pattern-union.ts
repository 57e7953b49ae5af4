/**
 * Many patterns asked as one question: "does the text match any of them?". Rules hold
 * lists of dozens of anchored patterns that almost every line fails; joined into a few
 * alternations, a line that matches none is turned away in a few calls instead of dozens.
 *
 * `(?:a)|(?:b)` matches a text exactly when `a` or `b` does, so a union never changes an
 * answer. Patterns are joined only with others of the same flags, and into pieces of
 * bounded size: past about 20,000 characters of source V8 stops optimising a pattern, and
 * one huge join runs slower than its parts asked one by one. Patterns that cannot be
 * joined safely stay alone: stateful ones (flags g and y keep `lastIndex`; the union asks
 * them from the start every time), and those with back-references or named groups, whose
 * numbers and names would clash.
 */

/** Largest source of one joined pattern. */
const MAX_JOINED_SOURCE = 8000;

export interface PatternUnion {
  /** Whether the text matches any of the patterns. */
  test(text: string): boolean;
}

/** The union of the patterns; build it once, when the module loads, not per call. */
export function unionOf(patterns: readonly RegExp[]): PatternUnion {
  const pieces: RegExp[] = [];
  const byFlags = new Map<string, RegExp[]>();
  for (const pattern of patterns) {
    // A stateful pattern is asked through a copy of its own, from the start of the text each time.
    if (pattern.global || pattern.sticky) pieces.push(new RegExp(pattern.source, pattern.flags));
    else if (!joinable(pattern)) pieces.push(pattern);
    else byFlags.set(pattern.flags, [...(byFlags.get(pattern.flags) ?? []), pattern]);
  }
  for (const [flags, group] of byFlags) pieces.push(...joined(group, flags));
  return {
    test: (text) =>
      pieces.some((piece) => {
        piece.lastIndex = 0; // only the copies of stateful patterns read it
        return piece.test(text);
      }),
  };
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
