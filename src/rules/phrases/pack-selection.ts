/**
 * Which site and CMS packs a run uses: those on by default, plus the ones switched on,
 * minus the ones switched off (as rules are chosen, see src/rule-set/select.ts).
 */
import { PHRASE_PACKS } from './index.js';
import type { PackMeta } from './phrase-set.js';

/** What each site and CMS pack is, in the order their phrases are joined. */
export const builtInPacks: readonly PackMeta[] = PHRASE_PACKS.map((p) => p.meta);

export interface PackSelection {
  /** Pack ids to switch on (a pack off by default, or one a config file switched off). */
  enablePacks?: readonly string[];
  /** Pack ids to switch off: their sentences are no longer removed. */
  disablePacks?: readonly string[];
}

export class UnknownPackError extends Error {
  constructor(readonly packId: string) {
    super(`unknown pack '${packId}' (run 'unboil rules' to list them; packs: ${PHRASE_PACKS.map((p) => p.meta.id).join(', ')})`);
  }
}

/** Fails on an id that names no pack. */
export function checkPackIds(ids: readonly string[]): void {
  for (const id of ids) if (!PHRASE_PACKS.some((p) => p.meta.id === id)) throw new UnknownPackError(id);
}

/** The ids of the packs the selection uses, in the order of PHRASE_PACKS. */
export function selectedPackIds(selection: PackSelection = {}): string[] {
  const enable = selection.enablePacks ?? [];
  const disable = selection.disablePacks ?? [];
  checkPackIds([...enable, ...disable]);
  return PHRASE_PACKS.filter((p) => !disable.includes(p.meta.id) && (p.meta.defaultOn || enable.includes(p.meta.id))).map((p) => p.meta.id);
}
