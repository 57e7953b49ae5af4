import { describe, expect, it } from 'vitest';
import { SparseRows } from '../../../src/learn/block-model/sparse-rows.js';

function randomRow(width: number, seed: number): Float32Array {
  const row = new Float32Array(width);
  for (let f = 0; f < width; f++) {
    const r = Math.sin(seed * 7919 + f * 104729) * 10000;
    const pick = Math.floor(Math.abs(r)) % 7;
    row[f] = pick === 0 ? r : pick === 1 ? 1 : pick === 2 ? -0 : pick === 3 ? NaN : 0;
  }
  return row;
}

describe('sparse rows', () => {
  it('give back every row kept, bit for bit, across many chunks', () => {
    for (const width of [225, 300]) {
      const rows = new SparseRows(width);
      const kept = Array.from({ length: 2000 }, (_, k) => randomRow(width, k + width));
      const ids = kept.map((row) => rows.add(row));
      ids.forEach((id, k) => {
        const back = rows.row(id);
        expect(back.length).toBe(width);
        expect(new Uint32Array(back.buffer)).toEqual(new Uint32Array(kept[k]!.buffer));
      });
    }
  });

  it('keep a row of zeros and a row of none', () => {
    const rows = new SparseRows(4);
    const zeros = rows.add(new Float32Array(4));
    const full = rows.add(Float32Array.of(1, 2, 3, 4));
    expect([...rows.row(zeros)]).toEqual([0, 0, 0, 0]);
    expect([...rows.row(full)]).toEqual([1, 2, 3, 4]);
  });
});
