/** A config file that cannot be used: the message names the file and, where there is one, the key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string | undefined,
    problem: string,
  ) {
    super(key === undefined ? `${file}: ${problem}` : `${file}: "${key}" ${problem}`);
  }
}
