/** The fish completion script: `unboil completion fish | source`, or saved in ~/.config/fish/completions/. */
import type { CommandSpec, CompletionSpec, OptionSpec } from './spec.js';

export function fishCompletion(spec: CompletionSpec): string {
  const p = spec.program;
  const names = spec.subcommands.map((c) => c.name).join(' ');
  const noSub = `not __fish_seen_subcommand_from ${names}`;
  const lines = [
    `# ${p} completion for fish.`,
    `# Load it in this shell with: ${p} completion fish | source`,
    `# or save it as ~/.config/fish/completions/${p}.fish`,
    '',
    ...spec.subcommands.map((c) => `complete -c ${p} -n ${quote(noSub)} -f -a ${c.name} -d ${quote(c.description)}`),
    ...spec.main.options.map((o) => optionLine(p, noSub, o)),
  ];
  for (const command of spec.subcommands) {
    const seen = `__fish_seen_subcommand_from ${command.name}`;
    lines.push('', ...command.options.map((o) => optionLine(p, seen, o)), ...operandLines(p, seen, command));
  }
  return lines.join('\n') + '\n';
}

function optionLine(program: string, condition: string, option: OptionSpec): string {
  const v = option.value;
  const flags = [option.short ? `-s ${option.short.slice(1)}` : '', `-l ${option.long.slice(2)}`].filter(Boolean).join(' ');
  const value =
    v.kind === 'none' ? '' : v.kind === 'choices' ? ` -x -a ${quote(v.choices.join(' '))}` : v.kind === 'file' ? ' -r -F' : v.kind === 'dir' ? " -x -a '(__fish_complete_directories)'" : ' -x';
  return `complete -c ${program} -n ${quote(condition)} ${flags}${value} -d ${quote(option.description)}`;
}

function operandLines(program: string, condition: string, command: CommandSpec): string[] {
  if (command.operands.kind === 'choices') return [`complete -c ${program} -n ${quote(condition)} -f -a ${quote(command.operands.choices.join(' '))}`];
  if (command.operands.kind === 'none') return [`complete -c ${program} -n ${quote(condition)} -f`];
  return [];
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
