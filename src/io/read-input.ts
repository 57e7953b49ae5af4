/**
 * Reads one input (a file or stdin) into bytes, gunzipping .gz data, and turns every
 * failure into a message that names the cause.
 */
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

export const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

export class InputError extends Error {}

export async function readInputFile(path: string, maxSize = DEFAULT_MAX_SIZE): Promise<Buffer> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw new InputError(describeFsError(err));
  }
  if (info.isDirectory()) throw new InputError('is a directory');
  if (info.size > maxSize) throw new InputError(`too large (${formatSize(info.size)}; the limit is ${formatSize(maxSize)}, see --max-size)`);
  try {
    return gunzipIfNeeded(await readFile(path), maxSize);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(describeFsError(err));
  }
}

export async function readStdin(maxSize = DEFAULT_MAX_SIZE): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > maxSize) throw new InputError(`too large (over ${formatSize(maxSize)}, see --max-size)`);
    chunks.push(chunk as Buffer);
  }
  return gunzipIfNeeded(Buffer.concat(chunks), maxSize);
}

/** Gzip data is recognised by its magic bytes, so `.gz` files and gzipped stdin both work. */
function gunzipIfNeeded(bytes: Buffer, maxSize: number): Buffer {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxSize });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new InputError(`too large once decompressed (over ${formatSize(maxSize)}, see --max-size)`);
    throw new InputError(`corrupt gzip data (${(err as Error).message})`);
  }
}

export function describeFsError(err: unknown): string {
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
