import { describe, expect, it } from 'vitest';
import { forgetBlock, forgetTexts, memoizeByBlock, memoizeByBlockAndNext, memoizeByText } from '../../src/text/memo.js';
import { parseText } from '../../src/parse/text.js';

describe('memoizeByBlock', () => {
  const [first, second] = parseText('Sign up for our newsletter\n\nThe council met on Tuesday.').blocks;

  it('computes once per block, and apart for each block and each function', () => {
    let calls = 0;
    const length = memoizeByBlock((b) => (calls++, b.text.length));
    const words = memoizeByBlock((b) => b.text.split(' ').length);
    expect([length(first!), length(first!), length(second!)]).toEqual([26, 26, 27]);
    expect(calls).toBe(2);
    expect(words(first!)).toBe(5);
  });

  it('remembers undefined and null results as results', () => {
    let calls = 0;
    const nothing = memoizeByBlock(() => (calls++, undefined));
    const none = memoizeByBlock(() => (calls++, null));
    nothing(first!);
    nothing(first!);
    none(first!);
    none(first!);
    expect(calls).toBe(2);
  });

  it('leaves no trace in the block that JSON or its keys would show', () => {
    const block = parseText('Read more').blocks[0]!;
    const keys = Object.keys(block);
    const json = JSON.stringify(block);
    memoizeByBlock((b) => b.text)(block);
    expect(Object.keys(block)).toEqual(keys);
    expect(JSON.stringify(block)).toBe(json);
  });

  it('computes again for a block it was told to forget', () => {
    const block = parseText('Sign in').blocks[0]!;
    let calls = 0;
    const text = memoizeByBlock((b) => (calls++, b.text));
    text(block);
    forgetBlock(block);
    forgetBlock(block);
    expect(text(block)).toBe('Sign in');
    expect(calls).toBe(2);
  });

  it('still answers for a frozen block, without caching', () => {
    const block = Object.freeze(parseText('Share this').blocks[0]!);
    let calls = 0;
    const text = memoizeByBlock((b) => (calls++, b.text));
    expect([text(block), text(block)]).toEqual(['Share this', 'Share this']);
    expect(calls).toBe(2);
  });
});

describe('memoizeByText', () => {
  it('computes once per text until the texts are forgotten', () => {
    let calls = 0;
    const upper = memoizeByText((t) => (calls++, t.toUpperCase()));
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toBe(2);
    forgetTexts();
    upper('a');
    expect(calls).toBe(3);
  });

  it('starts again once its texts hold a million characters', () => {
    let calls = 0;
    const length = memoizeByText((t) => (calls++, t.length));
    const long = 'x'.repeat(600_000);
    length(long);
    length(long);
    expect(calls).toBe(1);
    length('y'.repeat(500_000)); // past the bound: the cache starts again with this one
    length(long);
    expect(calls).toBe(3);
  });
});

describe('memoizeByBlockAndNext', () => {
  it('keeps an answer for each block and the block after it', () => {
    const [a, b, c] = parseText('More stories\n\nOne headline here\n\nAnother headline').blocks;
    let calls = 0;
    const pair = memoizeByBlockAndNext((block, next) => (calls++, `${block.text}|${next?.text ?? ''}`));
    expect(pair(a!, b)).toBe('More stories|One headline here');
    expect(pair(a!, b)).toBe('More stories|One headline here');
    expect(pair(a!, c)).toBe('More stories|Another headline');
    expect(pair(a!, undefined)).toBe('More stories|');
    expect(calls).toBe(3);
  });
});
