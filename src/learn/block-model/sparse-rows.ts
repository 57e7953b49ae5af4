/**
 * Feature rows kept for later, by their features that are not zero (about a fifth of a
 * row), one row after another in shared chunks: a long document keeps the rows of tens of
 * thousands of blocks (for --explain's reasons), which as rows of their own cost a
 * kilobyte each, and an array grown by doubling would copy them all again. A row read
 * back is the row kept, value for value.
 */
const CHUNK = 1 << 16;

export class SparseRows {
  private readonly features: (Uint8Array | Uint16Array)[] = [];
  private readonly values: Float32Array[] = [];
  /** Per row, where its entries start: the chunk times CHUNK, plus the place in the chunk. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Entries used in the last chunk. */
  private used = CHUNK;

  constructor(private readonly width: number) {
    if (width > 0xffff || width > CHUNK) throw new RangeError('SparseRows: rows of at most 65,535 features');
  }

  /** Keeps a copy of `row` (of `width` features); the number to read it back by. */
  add(row: Float32Array): number {
    // A row stays within one chunk.
    if (this.used + row.length > CHUNK) {
      this.features.push(this.width <= 0x100 ? new Uint8Array(CHUNK) : new Uint16Array(CHUNK));
      this.values.push(new Float32Array(CHUNK));
      this.used = 0;
    }
    const chunk = this.values.length - 1;
    const features = this.features[chunk]!;
    const values = this.values[chunk]!;
    let end = this.used;
    for (let f = 0; f < row.length; f++) {
      const x = row[f]!;
      // A zero is left out, a negative zero kept: reading back gives the same bits.
      if (x === 0 && 1 / x > 0) continue;
      features[end] = f;
      values[end++] = x;
    }
    this.starts.push(chunk * CHUNK + this.used);
    this.ends.push(chunk * CHUNK + end);
    this.used = end;
    return this.starts.length - 1;
  }

  /** Row `k` as it was kept, in an array of its own. */
  row(k: number): Float32Array {
    const row = new Float32Array(this.width);
    const start = this.starts[k]!;
    const chunk = Math.floor(start / CHUNK);
    const features = this.features[chunk]!;
    const values = this.values[chunk]!;
    for (let e = start - chunk * CHUNK, end = this.ends[k]! - chunk * CHUNK; e < end; e++) row[features[e]!] = values[e]!;
    return row;
  }
}
