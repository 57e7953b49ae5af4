/**
 * --pack IDS and --no-pack IDS. Commander keeps both under one name (a `--no-` option is
 * the negation of its positive one), so each records its ids with a sign, in the order
 * given; the last switch of a pack wins.
 */
import type { PackSwitches } from '../config/pack-settings.js';

/** The parser of --pack (sign '+') or --no-pack (sign '-'): comma-separated ids, repeatable. */
export function packToggles(sign: '+' | '-') {
  return (value: string, previous: string[] | undefined): string[] => [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean)
      .map((id) => sign + id),
  ];
}

/** The switches the toggles make, the last of each pack winning. */
export function packSwitchesFrom(toggles: readonly string[] = []): PackSwitches {
  const last = new Map<string, boolean>();
  for (const toggle of toggles) {
    const id = toggle.slice(1);
    last.delete(id); // keeps the order of the last switches
    last.set(id, toggle.startsWith('+'));
  }
  const ids = [...last.keys()];
  return { enablePacks: ids.filter((id) => last.get(id)), disablePacks: ids.filter((id) => !last.get(id)) };
}
