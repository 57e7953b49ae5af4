/**
 * A page's <title> often carries the site's name beside the headline ("Headline - Site",
 * "Site | Headline"): the short part (four words at most) beside a longer one, across
 * " - ", " | ", " – ", " — ", " • " or " :: ", goes.
 */
export function withoutSiteName(text: string): string {
  // Spaces collapsed first: a separator pattern with \s+ on both sides backtracks on long runs of spaces.
  const parts = text.replace(/\s+/gu, ' ').split(/ (?:[-|–—•»]|::) /u);
  if (parts.length !== 2) return text;
  const [first, second] = parts as [string, string];
  const words = (s: string) => s.split(/\s+/u).length;
  if (words(second) <= 4 && words(first) >= 3) return first;
  if (words(first) <= 4 && words(second) >= 3) return second;
  return text;
}
