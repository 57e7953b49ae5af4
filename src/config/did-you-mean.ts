/** "did you mean ...?" for a mistyped key: the closest known name within a small edit distance. */
import { distance } from 'fastest-levenshtein';

export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  // A short word may be off by two letters, a longer one by a third of them; past that a guess misleads.
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

export function didYouMean(word: string, known: readonly string[]): string {
  const match = closest(word, known);
  return match ? ` (did you mean "${match}"?)` : '';
}
