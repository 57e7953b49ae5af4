import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { regexpTierUpChosen } from '../src/regexp-compilation.js';

const LIBRARY = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe("the library's regular expression compilation", () => {
  it("reads node's own arguments for a choice either way", () => {
    expect(regexpTierUpChosen(['--no-regexp-tier-up'])).toBe(true);
    expect(regexpTierUpChosen(['--max-old-space-size=4000', '--regexp-tier-up'])).toBe(true);
    expect(regexpTierUpChosen(['--regexp_tier_up'])).toBe(true);
    expect(regexpTierUpChosen(['--regexp-tier-up-ticks=5'])).toBe(false);
    expect(regexpTierUpChosen(['--max-old-space-size=4000', ''])).toBe(false);
    expect(regexpTierUpChosen([])).toBe(false);
  });

  it('cleans the same with tier-up on, off and left to the library', () => {
    const program = `import { clean } from ${JSON.stringify(LIBRARY)}; const r = clean('Council approves budget\\n\\nThe city council voted 7-2 on Tuesday to approve a budget that adds money for schools and roads. The mayor said the plan keeps taxes flat for a third year.\\n\\nSubscribe to our newsletter'); console.log(JSON.stringify([r.title, r.text]));`;
    const run = (flags: string[]) => spawnSync(process.execPath, [...flags, '--input-type=module', '-e', program], { encoding: 'utf8' });
    const outputs = [[], ['--regexp-tier-up'], ['--no-regexp-tier-up']].map((flags) => run(flags));
    for (const out of outputs) expect(out.status, out.stderr).toBe(0);
    expect(JSON.parse(outputs[0]!.stdout)[1]).toContain('The city council voted 7-2');
    expect(outputs[1]!.stdout).toBe(outputs[0]!.stdout);
    expect(outputs[2]!.stdout).toBe(outputs[0]!.stdout);
  });
});
