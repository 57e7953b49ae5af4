/**
 * Caches for pure judgements that rules make again and again: the same line is judged by
 * several rules, in several passes, and as the neighbour of many blocks. Text caches are
 * emptied for each document (`forgetTexts`), so memory stays bounded over a corpus and a
 * document's cost does not depend on what was cleaned before it.
 */
import type { Block } from '../types.js';

/**
 * Texts a cache holds, and their characters: past either bound it starts again. A page's
 * texts come far below both. On a long document, what was made of long texts (the words
 * of each paragraph of the result, say) would otherwise be kept by the count alone.
 */
const TEXT_CACHE_LIMIT = 16384;
const TEXT_CACHE_CHARS = 1_000_000;

/** Each empties one text cache. */
const textCaches: (() => void)[] = [];
/** Called back when a new document starts (whenTextsForgotten). */
const newDocument: (() => void)[] = [];

/** Empties every text cache; called when a new document starts. */
export function forgetTexts(): void {
  for (const clear of textCaches) clear();
  for (const callback of newDocument) callback();
}

/**
 * Empties the text caches after a pass over a document's `blocks` blocks (the rules'),
 * when there are more than a cache holds: the caches went round many times on the way,
 * and what they hold at the end (tens of megabytes, mostly answers of rules that nothing
 * after asks again) would stay through the stages after.
 */
export function forgetTextsAfterPass(blocks: number): void {
  if (blocks > TEXT_CACHE_LIMIT) for (const clear of textCaches) clear();
}

/** Wraps a pure function of a string with a bounded cache. */
export function memoizeByText<T>(fn: (text: string) => T): (text: string) => T {
  const values = new Map<string, T>();
  let chars = 0;
  textCaches.push(() => {
    values.clear();
    chars = 0;
  });
  return (text) => {
    const hit = values.get(text);
    if (hit !== undefined || values.has(text)) return hit as T;
    const value = fn(text);
    if (values.size >= TEXT_CACHE_LIMIT || chars + text.length > TEXT_CACHE_CHARS) {
      values.clear();
      chars = 0;
    }
    values.set(text, value);
    chars += text.length;
    return value;
  };
}

/** Calls back at every forgetTexts, when a new document starts (see cue-index.ts). */
export function whenTextsForgotten(callback: () => void): void {
  newDocument.push(callback);
}

/**
 * Where a block keeps the values of its memoized functions, one slot per function. A slot
 * on the block itself is found faster than the block in a WeakMap, and, like a WeakMap
 * entry, goes when the block goes. The key is a symbol: JSON and rules never see it.
 */
const BLOCK_SLOTS = Symbol('unboil.memo');
/** What a slot holds when the function returned undefined, so that "not computed" stays undefined. */
const UNDEFINED = Symbol('undefined');
type WithSlots = Block & { [BLOCK_SLOTS]?: unknown[] };
let blockFunctions = 0;

/**
 * Drops what the block-memoized functions kept for a block. Rules are done with a block
 * once their pass has gone past it, and on a long document what they kept would
 * otherwise outweigh the document itself; a later question is answered again.
 */
export function forgetBlock(block: Block): void {
  const slotted = block as WithSlots;
  // Set to undefined, not deleted: deleting a property would slow every later look-up on the block.
  if (slotted[BLOCK_SLOTS] !== undefined) slotted[BLOCK_SLOTS] = undefined;
}

/** Wraps a pure function of a block with a cache that lives as long as the block. */
export function memoizeByBlock<T>(fn: (block: Block) => T): (block: Block) => T {
  const slot = blockFunctions++;
  return (block) => {
    let slots = (block as WithSlots)[BLOCK_SLOTS];
    if (!slots) {
      // A frozen block (made by a caller, not by the parser) has no room for a cache.
      if (!Object.isExtensible(block)) return fn(block);
      slots = (block as WithSlots)[BLOCK_SLOTS] = [];
    }
    const hit = slots[slot];
    if (hit !== undefined) return (hit === UNDEFINED ? undefined : hit) as T;
    const value = fn(block);
    slots[slot] = value === undefined ? UNDEFINED : value;
    return value;
  };
}

/**
 * Wraps a pure function of a block and the block after it. Every block of a list walks
 * back over the blocks before it, and a later pass asks again about the same blocks; the
 * answer is kept with the block for the `next` it was computed with.
 */
export function memoizeByBlockAndNext<T>(fn: (block: Block, next: Block | undefined) => T): (block: Block, next: Block | undefined) => T {
  const byBlock = memoizeByBlock((): { next: Block | undefined; value: T }[] => []);
  return (block, next) => {
    const seen = byBlock(block);
    const hit = seen.find((entry) => entry.next === next);
    if (hit) return hit.value;
    const value = fn(block, next);
    seen.push({ next, value });
    return value;
  };
}
