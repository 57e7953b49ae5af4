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
