/**
 * The day a page's address gives, as blogs and news sites write it into their paths
 * ("/2025/12/18/title/", "/articles/2025-12-15+title", "/blog/2023/october/03/title").
 * A date in the path is when the page was filed, in the site's own time zone, so it settles
 * which of two markup dates a day apart (local and UTC) the page shows, and which reading
 * of "03/10/2023" it means.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Year, month (a number or a month's name) and day as path segments, or joined by hyphens
 * with two digits each ("2024-4-4-2024-5-0" is a version, not a day).
 */
const IN_PATH = /\/((?:19|20)\d\d)(?:\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})|-(\d\d)-(\d\d))(?=[/\-_+.]|$)/i;

/** The ISO day (YYYY-MM-DD) in the URL's path, if it holds a whole, valid date. */
export function dateInUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url, 'http://localhost/').pathname;
  } catch {
    return undefined;
  }
  const found = IN_PATH.exec(path);
  if (!found) return undefined;
  const year = Number(found[1]);
  const monthText = found[2] ?? found[4]!;
  const month = /^\d+$/.test(monthText) ? Number(monthText) : monthNumber(monthText);
  const day = Number(found[3] ?? found[5]);
  if (!month || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A month's full name, its first three letters, or "sept"; 0 for any other word ("marketing"). */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const i = MONTHS.findIndex((month) => month === lower || month.slice(0, 3) === lower);
  return i >= 0 ? i + 1 : lower === 'sept' ? 9 : 0;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
