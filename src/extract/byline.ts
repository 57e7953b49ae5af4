/**
 * Finds the byline near the top of the article: "By Jane Doe", or a short name line
 * standing directly above the dateline (the way agencies' copy is credited). Roles,
 * outlets and timestamps after the name are cut off.
 */
const BY = /^(?:by|von|par|por|di|door)\s+(.{2,120})$/i;
const NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|la|le|y|and|&))*$/u;
/** Where the name ends: a separator, a digit, or an "on"/"am" before a date. */
const AFTER_NAME = /\s*(?:[|•·–—]|\s-\s|,|\d|\s(?:on|am|le|el|updated|published)\s).*$/iu;

export function findByline(lines: readonly string[], datelineIndex: number | undefined): string | undefined {
  for (const line of lines) {
    const by = BY.exec(line);
    if (by) {
      const name = nameOnly(by[1]!);
      if (name) return name;
    }
  }
  if (datelineIndex !== undefined && datelineIndex > 0) {
    const name = nameOnly(lines[datelineIndex - 1]!);
    if (name && name.split(' ').length <= 6 && NAME.test(name)) return name;
  }
  return undefined;
}

function nameOnly(text: string): string | undefined {
  const name = text.replace(AFTER_NAME, '').replace(/\s+/g, ' ').trim();
  return name.length >= 2 && /\p{L}/u.test(name) ? name : undefined;
}
