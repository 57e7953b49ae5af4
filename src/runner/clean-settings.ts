/**
 * How each document of a run is cleaned and rendered. Plain data, so that it can be
 * handed to worker threads as it is.
 */
import type { CleanOptions } from '../clean.js';
import type { InputKindOption } from '../io/input-kind.js';
import type { RuleSource } from './rule-source.js';
import type { TemplateModel } from '../learn/template-model.js';

export type OutputFormat = 'text' | 'markdown' | 'json' | 'jsonl';

export interface CleanSettings {
  format: OutputFormat;
  explain: boolean;
  /** Whether text output starts with the title line. */
  title: boolean;
  /** What file inputs are (JSON Lines runs choose a field instead, see `textField` and `htmlField`). */
  input: InputKindOption;
  maxSize: number;
  clean: CleanOptions;
  /** Chalk colour level for --explain: 0 for none. */
  colorLevel: 0 | 1 | 2 | 3;
  /** JSON Lines: the field holding a text dump, and the one holding a page's HTML. */
  textField: string;
  htmlField: string;
  /** The benchmark's baseline: split into blocks and join again, without parsing or rules. */
  identity: boolean;
  /**
   * Where the run's rules come from when they are not just the built-in ones (a config
   * file, rule folders): rules hold functions, which cannot be handed to a thread, so
   * each thread loads them again from here (see load-rules.ts).
   */
  ruleSource?: RuleSource;
  /** Each document's stats carry what the HTML report shows of it (--report). */
  report?: boolean;
  /** The template learned from the run's files, by folder (see learn-template.ts). */
  template?: TemplateModel;
}
