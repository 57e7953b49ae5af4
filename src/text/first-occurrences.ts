/**
 * The first of a sequence of items to have each key, found by the key's hash. A map from
 * the keys themselves would keep every key: for the blocks of a long document, a
 * lower-cased copy of all its text. A key is made again only when its hash matches.
 */
export class FirstOccurrences {
  private readonly byHash = new Map<number, number | number[]>();

  /** `keyOf(index)`: the key of an item; it must give the same key every time. */
  constructor(private readonly keyOf: (index: number) => string) {}

  /**
   * The first index seen with the same key as `index` (given, when at hand), or `index`
   * itself, which is then remembered. Items are to be asked in order.
   */
  first(index: number, key = this.keyOf(index)): number {
    const hash = hashOf(key);
    const seen = this.byHash.get(hash);
    if (seen === undefined) {
      this.byHash.set(hash, index);
      return index;
    }
    for (const earlier of typeof seen === 'number' ? [seen] : seen) if (this.keyOf(earlier) === key) return earlier;
    // Another key with the same hash.
    if (typeof seen === 'number') this.byHash.set(hash, [seen, index]);
    else seen.push(index);
    return index;
  }
}

/** 32-bit FNV-1a over the string's UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
