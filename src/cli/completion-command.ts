/** `unboil completion bash|zsh|fish`: prints a completion script for the shell. */
import { Argument, type Command } from 'commander';
import { completionSpec } from './completion/spec.js';
import { bashCompletion } from './completion/bash.js';
import { zshCompletion } from './completion/zsh.js';
import { fishCompletion } from './completion/fish.js';
import { writeStdout } from '../io/write-stdout.js';

export const SHELLS = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion } as const;

export function registerCompletionCommand(program: Command): void {
  program
    .command('completion')
    .description('print a shell completion script (bash: source <(unboil completion bash))')
    .addArgument(new Argument('<shell>', 'the shell').choices(Object.keys(SHELLS)))
    .action(async (shell: keyof typeof SHELLS) => {
      await writeStdout(completionScript(program, shell));
    });
}

export function completionScript(program: Command, shell: keyof typeof SHELLS): string {
  return SHELLS[shell](completionSpec(program));
}
