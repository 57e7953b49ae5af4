/** Chooses the rules a run uses: the defaults, plus --enable, minus --disable. */
import type { Rule } from '../types.js';
import { builtInRules } from '../rules/index.js';

export interface RuleSelection {
  enable?: readonly string[];
  disable?: readonly string[];
}

export class UnknownRuleError extends Error {
  constructor(readonly ruleId: string) {
    super(`unknown rule '${ruleId}' (run 'unboil rules' to list them)`);
  }
}

export function selectRules(selection: RuleSelection = {}, available: readonly Rule[] = builtInRules): Rule[] {
  const byId = new Map(available.map((r) => [r.meta.id, r]));
  for (const id of [...(selection.enable ?? []), ...(selection.disable ?? [])]) {
    if (!byId.has(id)) throw new UnknownRuleError(id);
  }
  const enable = new Set(selection.enable);
  const disable = new Set(selection.disable);
  return available.filter((r) => !disable.has(r.meta.id) && (r.meta.defaultOn || enable.has(r.meta.id)));
}
