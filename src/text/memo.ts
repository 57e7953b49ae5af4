/**
 * Caches for pure judgements that rules make again and again: the same line is judged by
 * several rules, in several passes, and as the neighbour of many blocks. Text caches are
 * emptied for each document (`forgetTexts`), so memory stays bounded over a corpus and a
 * document's cost does not depend on what was cleaned before it.
 */
import type { Block } from '../types.js';

const TEXT_CACHE_LIMIT = 16384;
const textCaches: Map<string, unknown>[] = [];

/** Empties every text cache; called when a new document starts. */
export function forgetTexts(): void {
  for (const cache of textCaches) cache.clear();
}

/** Wraps a pure function of a string with a bounded cache. */
export function memoizeByText<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  textCaches.push(cache);
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= TEXT_CACHE_LIMIT) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** Wraps a pure function of a block with a cache that lives as long as the block. */
export function memoizeByBlock<T>(fn: (block: Block) => T): (block: Block) => T {
  const cache = new WeakMap<Block, { value: T }>();
  return (block) => {
    const hit = cache.get(block);
    if (hit) return hit.value;
    const value = fn(block);
    cache.set(block, { value });
    return value;
  };
}
