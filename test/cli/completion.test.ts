/** `unboil completion bash|zsh|fish`: scripts built from the command definitions. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { completionScript } from '../../src/cli/completion-command.js';
import { ROOT, runProgram } from '../helpers/cli.js';

const SUBCOMMANDS = ['check', 'diff', 'rules', 'config', 'completion'];
const program = buildProgram();
const scripts = { bash: completionScript(program, 'bash'), zsh: completionScript(program, 'zsh'), fish: completionScript(program, 'fish') };

function has(shell: string): boolean {
  return spawnSync(shell, ['--version']).status === 0;
}

function scriptFile(shell: keyof typeof scripts): string {
  const file = join(mkdtempSync(join(tmpdir(), 'unboil-completion-')), `unboil.${shell}`);
  writeFileSync(file, scripts[shell]);
  return file;
}

describe.each(Object.keys(scripts) as (keyof typeof scripts)[])('the %s script', (shell) => {
  it('mentions every subcommand and their options, with choices', () => {
    const script = scripts[shell];
    const word = shell === 'fish' ? (s: string) => s.replace(/^--?/, '') : (s: string) => s;
    for (const name of SUBCOMMANDS) expect(script).toContain(name);
    for (const option of ['--format', '--out-dir', '--explain', '--config', '--no-config', '--rules-dir', '--enable', '--disable', '--input', '--context', '--print', '--json']) {
      expect(script).toContain(word(option));
    }
    for (const choice of ['jsonl', 'html', 'newsletter', 'bash zsh fish']) expect(script).toContain(choice);
  });
});

// Spawned processes are slow on a busy machine.
describe('the scripts in their shells', { timeout: 30_000 }, () => {
  it('bash parses the script and completes subcommands, options and their values', async () => {
    const file = scriptFile('bash');
    const probe = `source "${file}"
t() { COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]}-1)); COMPREPLY=(); _unboil; echo "\${COMPREPLY[*]}"; }
t unboil ch
t unboil check --for
t unboil check --format ''
t unboil --format ''
t unboil completion ''
t unboil --disable news
t unboil --quiet co
t unboil page.txt ch`;
    const run = await runProgram('bash', ['-c', probe], { cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').slice(0, 8)).toEqual(['check', '--format', 'text json', 'text markdown json jsonl', 'bash zsh fish', 'newsletter', 'config completion', '']);
  });

  it.skipIf(!has('zsh'))('zsh parses the script', async () => {
    const run = await runProgram('zsh', ['-n', scriptFile('zsh')], {});
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.skipIf(!has('fish'))('fish completes from the script', async () => {
    const run = await runProgram('fish', ['-c', `source "${scriptFile('fish')}"; complete -C "unboil ch"; complete -C "unboil check --format "; complete -C "unboil completion "`], {});
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n').map((l) => l.split('\t')[0])).toEqual(['check', 'json', 'text', 'bash', 'fish', 'zsh', '']);
  });
});
