/** Durations as people write them: "60s", "2m", "500ms", or a bare number of seconds. */
import ms from 'ms';

/** Milliseconds, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const n = /^\s*\d+(\.\d+)?\s*$/.test(text) ? Number(text) * 1000 : ms(text.trim() as ms.StringValue);
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n) : undefined;
}
