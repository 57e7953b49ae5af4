/**
 * Rules written before `meta`: `id`, `category`, `description`, `defaultOn` and `options`
 * beside the patterns. Custom rules in that shape still load; they are read as if those
 * properties stood in `meta`. A rule giving both shapes is refused, as one of them would
 * be silently ignored.
 */
import { RuleShapeError } from './rule-shape-error.js';

/** The properties the flat shape kept at the top level, which now live in `meta`. */
export const FLAT_META_KEYS = ['id', 'category', 'description', 'defaultOn', 'options'] as const;

/** The rule with its flat properties moved into `meta`; a rule already in the new shape is returned as it is. */
export function liftFlatMeta(value: Record<string, unknown>): Record<string, unknown> {
  const flat = FLAT_META_KEYS.filter((key) => key in value);
  if (flat.length === 0) return value;
  if ('meta' in value) {
    throw new RuleShapeError(`"${flat[0]}" belongs in "meta" (a rule gives its id, category, description, defaultOn and options there, not beside it)`);
  }
  const meta: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) ((FLAT_META_KEYS as readonly string[]).includes(key) ? meta : rest)[key] = v;
  return { meta, ...rest };
}
