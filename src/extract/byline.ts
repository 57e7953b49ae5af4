/**
 * Finds the byline near the top of the article: "By Jane Doe", or a short name line
 * standing directly above the dateline (the way agencies' copy is credited).
 */
const BY = /^(?:by|von|par|por|di|door)\s+(.{2,80})$/i;
const NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|la|le|y|and|&))*$/u;

export function findByline(lines: readonly string[], datelineIndex: number | undefined): string | undefined {
  for (const line of lines) {
    const by = BY.exec(line);
    if (by) return tidy(by[1]!);
  }
  if (datelineIndex !== undefined && datelineIndex > 0) {
    const above = lines[datelineIndex - 1]!.trim();
    if (above.split(/\s+/).length <= 6 && NAME.test(above)) return tidy(above);
  }
  return undefined;
}

function tidy(name: string): string {
  return name.replace(/\s*[|,•·–—-]\s*$/, '').replace(/\s+/g, ' ').trim();
}
