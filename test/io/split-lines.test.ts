/** JSON Lines input is cut into lines as bytes arrive, whatever the chunk boundaries. */
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/io/split-lines.js';

async function lines(chunks: (string | Buffer)[]) {
  const out: string[] = [];
  async function* source() {
    for (const c of chunks) yield Buffer.isBuffer(c) ? c : Buffer.from(c);
  }
  for await (const line of splitLines(source())) out.push(line);
  return out;
}

describe('splitLines', () => {
  it('joins lines cut across chunks, even inside a UTF-8 sequence', async () => {
    const text = Buffer.from('{"a":"café"}\n{"b":2}\n');
    const cut = text.indexOf(0xc3) + 1; // between the two bytes of "é"
    expect(await lines([text.subarray(0, cut), text.subarray(cut, cut + 3), text.subarray(cut + 3)])).toEqual(['{"a":"café"}', '{"b":2}']);
  });

  it('drops CR of CRLF line ends and a leading BOM, and keeps a last line without a newline', async () => {
    expect(await lines(['\uFEFFone\r\ntwo\r\n', 'three'])).toEqual(['one', 'two', 'three']);
  });

  it('keeps empty lines, so that line numbers stay right', async () => {
    expect(await lines(['a\n\nb\n'])).toEqual(['a', '', 'b']);
  });
});

describe('splitLines on long and many lines', () => {
  it('reads a line of many chunks whole, and many short lines in one chunk in order', async () => {
    const long = 'x'.repeat(100_000);
    const pieces = Array.from({ length: 100 }, (_, i) => long.slice(i * 1000, (i + 1) * 1000));
    expect(await lines([...pieces, '\nend\n'])).toEqual([long, 'end']);
    const many = Array.from({ length: 5000 }, (_, i) => `{"n":${i}}`);
    expect(await lines([many.join('\n') + '\n'])).toEqual(many);
  });

  it('stops reading when the reader stops', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.from('{"a":1}\n'.repeat(1000));
      }
    }
    for await (const line of splitLines(endless())) {
      expect(line).toBe('{"a":1}');
      break;
    }
    // A few chunks at most were read ahead of the one line taken.
    expect(pulled).toBeLessThan(5);
  });

  it('passes on an error of the stream', async () => {
    async function* failing() {
      yield Buffer.from('a\n');
      throw new Error('disk gone');
    }
    const out: string[] = [];
    await expect((async () => {
      for await (const line of splitLines(failing())) out.push(line);
    })()).rejects.toThrow('disk gone');
  });
});
