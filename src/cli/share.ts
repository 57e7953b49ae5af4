/** Reads a share of something from the command line or a config file: "0.8", "80%". */
export function parseShare(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? parseShareText(value) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : undefined;
}

function parseShareText(text: string): number {
  const t = text.trim();
  if (/^\d+(?:\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^\d*(?:\.\d+)?$/.test(t) && t !== '') return Number(t);
  return NaN;
}
