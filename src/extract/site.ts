/**
 * Finds the site's name in a text dump. Pages name themselves in their own widgets:
 * "notifications from X", "Support X!", "A message from X", "© 2024 X". Failing those,
 * a proper name the boilerplate repeats is taken.
 */
const SELF_NAMING = [
  /\bnotifications from ((?:The )?\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3})/u,
  /^Support ((?:The )?\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3})!?$/mu,
  /\bmessage from ((?:The )?\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3})/u,
  /(?:©|\([cC]\)|[Cc]opyright)\s*(?:\d{4}\s*)?((?:The )?\p{Lu}[\p{L}&'’-]*(?:\.\p{L}+)*(?: \p{Lu}[\p{L}&'’-]*){0,3})/u,
];

const NAME_PHRASE = /\bThe(?: \p{Lu}[\p{L}&'’-]+){1,3}/gu;

export function findSite(boilerplate: readonly string[]): string | undefined {
  for (const pattern of SELF_NAMING) {
    for (const text of boilerplate) {
      const m = pattern.exec(text);
      if (m) return m[1]!.trim();
    }
  }
  // A "The X" name repeated in the removed widgets, most frequent first.
  const counts = new Map<string, number>();
  for (const text of boilerplate) for (const m of text.matchAll(NAME_PHRASE)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const [name, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return name && n! >= 2 ? name : undefined;
}
