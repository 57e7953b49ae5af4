/** `fold -s -w WIDTH` in characters: breaks each line longer than the width after its last space within it. */
export function fold(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let rest = line;
      while (rest.length > width) {
        const space = rest.lastIndexOf(' ', width - 1);
        const cut = space > 0 ? space + 1 : width;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      out.push(rest);
      return out.join('\n');
    })
    .join('\n');
}
