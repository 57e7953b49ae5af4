/** JSON.parse for config files, with the position of a syntax error given as line and column. */
import { ConfigError } from './config-error.js';

export function parseConfigJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = (err as Error).message;
    const position = /at position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    throw new ConfigError(path, undefined, `is not valid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/s, '')}`);
  }
}
