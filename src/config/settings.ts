/**
 * What a config file may set. Every setting except `rules`, `packs` and `rulesDirs` is the default
 * of the command-line option of the same name. How each value is checked is the schema's
 * business (settings-schema.ts, loaded only when a file is read).
 */

/** A rule's entry in the config: switched on or off, and option values. */
export interface RuleSetting {
  enabled?: boolean;
  options?: { [option: string]: unknown };
}

/** A site or CMS pack's entry in the config: switched on or off. */
export interface PackSetting {
  enabled?: boolean;
}

export interface UnboilConfig {
  /** Rule switches and options, by rule id. */
  rules?: { [ruleId: string]: RuleSetting };
  /** Switches of the site and CMS packs of the built-in rules' phrases, by pack id. */
  packs?: { [packId: string]: PackSetting };
  /** Folders of custom rules, resolved against the config file's folder. */
  rulesDirs?: string[];
  format?: 'text' | 'markdown' | 'json' | 'jsonl';
  input?: 'auto' | 'text' | 'markdown' | 'html';
  /** Resolved against the config file's folder. */
  outDir?: string;
  exclude?: string[];
  lang?: string;
  title?: boolean;
  /** Bytes; the file may say "64MB". */
  maxSize?: number;
  /** The recall guard's threshold, a share of the prose (0..1); the file may say "80%". */
  maxRemoval?: number;
  /** Milliseconds one document may take; the file may say "60s" or give seconds. */
  timeout?: number;
  /** Who decides what is the article: the block model (default) or the rules alone. */
  decision?: 'model' | 'rules';
  quiet?: boolean;
}

export type SettingKey = keyof UnboilConfig;

/** The settings other than `rules` and `packs`, in the order `config --print` shows them, each with what it sets. */
export const SETTINGS: { readonly [K in Exclude<SettingKey, 'rules' | 'packs'>]: { help: string } } = {
  format: { help: 'output format' },
  input: { help: 'input kind' },
  outDir: { help: 'folder for cleaned files (relative to the config file)' },
  exclude: { help: 'globs of files to leave out' },
  lang: { help: 'language of the inputs' },
  title: { help: 'keep the title line in text output' },
  maxSize: { help: 'largest input accepted' },
  maxRemoval: { help: 'share of the prose past which the recall guard keeps the main run' },
  timeout: { help: 'time one document may take ("60s", "2m"; 0: no limit)' },
  decision: { help: 'who decides what is the article: the block model or the rules alone' },
  quiet: { help: 'no warnings or summary on stderr' },
  rulesDirs: { help: 'folders of custom rules (relative to the config file)' },
};

export const SETTING_KEYS = ['rules', 'packs', ...Object.keys(SETTINGS)] as SettingKey[];
