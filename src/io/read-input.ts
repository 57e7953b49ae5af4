/** Reads one input (a file or stdin) into text, turning every failure into a message that names the cause. */
import { readFile, stat } from 'node:fs/promises';
import { BinaryInputError, decodeBytes } from './decode.js';

export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

export class InputError extends Error {}

export interface InputText {
  text: string;
  warning?: string;
}

export async function readInputFile(path: string, maxSize = DEFAULT_MAX_SIZE): Promise<InputText> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw new InputError(describeFsError(err));
  }
  if (info.isDirectory()) throw new InputError('is a directory');
  if (info.size > maxSize) throw new InputError(`too large (${formatSize(info.size)}; the limit is ${formatSize(maxSize)}, see --max-size)`);
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new InputError(describeFsError(err));
  }
  return decode(bytes);
}

export async function readStdin(maxSize = DEFAULT_MAX_SIZE): Promise<InputText> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > maxSize) throw new InputError(`too large (over ${formatSize(maxSize)}, see --max-size)`);
    chunks.push(chunk as Buffer);
  }
  return decode(Buffer.concat(chunks));
}

function decode(bytes: Uint8Array): InputText {
  try {
    return decodeBytes(bytes);
  } catch (err) {
    if (err instanceof BinaryInputError) throw new InputError(err.message);
    throw err;
  }
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file (or a broken symbolic link)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return (err as Error).message;
  }
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
