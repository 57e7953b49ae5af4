/** The command line a run was started with, as a shell would take it back: the report names the run by it. */

export function commandLine(args: readonly string[] = process.argv.slice(2)): string {
  return ['unboil', ...args].map(shellWord).join(' ');
}

/** A word left bare when a shell reads it as it is, else in single quotes (a glob must stay quoted). */
function shellWord(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
