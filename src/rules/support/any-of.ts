/**
 * One pattern for a list of patterns that share their flags: it matches where any of them
 * does. Phrase data gives a cue as one pattern per language (phrases/*.ts); a rule that
 * counts cues ("at least two of: a call to allow, a promise of news, ...") must count the
 * cue once, whichever language says it.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  // No language gives the cue: it never matches.
  if (patterns.length === 0) return /(?!)/;
  if (patterns.length === 1) return patterns[0]!;
  const flags = patterns[0]!.flags;
  const other = patterns.find((p) => p.flags !== flags);
  if (other) throw new Error(`anyOf: /${other.source}/${other.flags} has other flags than /${patterns[0]!.source}/${flags}`);
  return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);
}
