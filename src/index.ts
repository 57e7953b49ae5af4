/** The unboil library: `clean(text)` returns the article and everything removed from it. */
export { clean, analyse, type CleanOptions, type Analysis } from './clean.js';
export { DocumentTimeoutError } from './document-clock.js';
export { builtInRules } from './rules/index.js';
export { selectRules, UnknownRuleError, type RuleSelection } from './rule-set/select.js';
export { parseText } from './parse/text.js';
export { formatText } from './format/text.js';
export { formatMarkdown } from './format/markdown.js';
export { formatJson, formatJsonLine } from './format/json.js';
export type * from './types.js';
export { loadRules, loadRulesDir, CustomRuleError, type LoadedRule } from './rule-set/load-custom.js';
export { compileDeclarativeRule, type DeclarativeMeta, type DeclarativeRule, type DeclarativeWhere } from './rule-set/declarative.js';
export { validateRule, RuleShapeError } from './rule-set/validate-rule.js';
export { configureRule } from './rules/options.js';
export { TemplateLearner, type TemplateModel } from './learn/template-model.js';
export { parseBlockModel, type BlockModel } from './learn/block-model/forest.js';
export { RuleTester, type RuleTesterOptions, type TestFunction } from './rule-tester/rule-tester.js';
export type { CaseInput, ExpectedRemoval, InvalidCase, RuleTestCases, ValidCase } from './rule-tester/cases.js';
