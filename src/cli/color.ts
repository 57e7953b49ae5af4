/** Colour follows the stream: off when piped, with NO_COLOR, or with --no-color; --color forces it. */
import { Chalk, type ChalkInstance } from 'chalk';

export function chalkFor(stream: NodeJS.WriteStream, colorOption: boolean | undefined): ChalkInstance {
  const noColorEnv = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  const enabled = colorOption === true || (colorOption !== false && !noColorEnv && stream.isTTY === true);
  return new Chalk({ level: enabled ? Math.max(1, stream.getColorDepth?.() === 24 ? 3 : stream.getColorDepth?.() === 8 ? 2 : 1) as 1 | 2 | 3 : 0 });
}
