/** An input as the parsers read it: without a byte-order mark, its line ends "\n". */
export function normaliseInput(input: string): string {
  return input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
