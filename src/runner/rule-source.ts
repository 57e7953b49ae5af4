/**
 * The rules of a run, as plain data: where to load them from. The main thread and every
 * worker thread load them from the same config file and rule folders, once each (see
 * load-rules.ts).
 */
export interface RuleSource {
  /** The config file given with --config, false for --no-config, undefined to look for one. */
  config?: string | false;
  /** --rules-dir folders. */
  rulesDir: string[];
  /** The folder the run started in: config search and relative paths start here. */
  cwd: string;
}
