/** The unboil library: `clean(text)` returns the article and everything removed from it. */
export { clean, analyse, type CleanOptions, type Analysis } from './clean.js';
export { builtInRules } from './rules/index.js';
export { selectRules, UnknownRuleError, type RuleSelection } from './rules/select.js';
export { parseText } from './parse/text.js';
export { formatText } from './format/text.js';
export { formatJson, formatJsonLine } from './format/json.js';
export type * from './types.js';
