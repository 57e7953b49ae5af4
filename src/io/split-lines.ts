/**
 * Splits a byte stream into lines, reading a chunk only when the reader wants the next
 * line: at most one chunk and the line being built are held, whatever the input's size.
 * (readline reads up to 1024 lines ahead, hundreds of megabytes with pages as records;
 * split2 searches a long line again with every chunk.) A newline byte never occurs
 * inside a UTF-8 sequence, so lines are cut as bytes and decoded whole.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let pieces: Buffer[] = [];
  let first = true;
  const line = () => {
    const bytes = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
    pieces = [];
    const end = bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length; // CRLF
    const start = first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // BOM
    first = false;
    return bytes.toString('utf8', start, Math.max(start, end));
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf(0x0a); newline !== -1; newline = chunk.indexOf(0x0a, start)) {
      pieces.push(chunk.subarray(start, newline));
      start = newline + 1;
      yield line();
    }
    if (start < chunk.length) pieces.push(chunk.subarray(start));
  }
  if (pieces.length) yield line();
}
