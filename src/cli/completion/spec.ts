/**
 * What the completion scripts know, read from the command definitions themselves so that
 * a new option or subcommand is completed without touching the scripts' generators.
 */
import type { Command } from 'commander';
import { builtInPacks } from '../../rules/phrases/pack-selection.js';
import { builtInRules } from '../../rules/index.js';

/** How an option's value is completed. */
export type ValueKind = { kind: 'none' } | { kind: 'choices'; choices: string[] } | { kind: 'file' } | { kind: 'dir' } | { kind: 'free' };

export interface OptionSpec {
  long: string;
  short?: string;
  description: string;
  value: ValueKind;
}

export interface CommandSpec {
  /** '' for the main command. */
  name: string;
  description: string;
  options: OptionSpec[];
  /** What the positional arguments are: input files, one of some words, or nothing. */
  operands: { kind: 'files' } | { kind: 'choices'; choices: string[] } | { kind: 'none' };
}

export interface CompletionSpec {
  program: string;
  main: CommandSpec;
  subcommands: CommandSpec[];
}

/** Options whose values are paths, by long name. */
const PATH_OPTIONS: Record<string, 'file' | 'dir'> = { '--config': 'file', '--out-dir': 'dir', '--rules-dir': 'dir' };
/** Options whose values are rule ids. */
const RULE_OPTIONS = new Set(['--enable', '--disable']);
/** Options whose values are pack ids. */
const PACK_OPTIONS = new Set(['--pack', '--no-pack']);

export function completionSpec(program: Command): CompletionSpec {
  return { program: program.name(), main: commandSpec(program, ''), subcommands: program.commands.map((c) => commandSpec(c, c.name())) };
}

function commandSpec(command: Command, name: string): CommandSpec {
  const options: OptionSpec[] = command.options
    .filter((o) => o.long && !o.hidden)
    .map((o) => ({ long: o.long!, ...(o.short ? { short: o.short } : {}), description: o.description, value: valueKind(o.long!, o.required || o.optional, o.argChoices) }));
  options.push({ long: '--help', short: '-h', description: 'show help', value: { kind: 'none' } });
  const args = command.registeredArguments;
  const operands: CommandSpec['operands'] =
    args.length === 0 ? { kind: 'none' } : args[0]!.argChoices ? { kind: 'choices', choices: [...args[0]!.argChoices] } : { kind: 'files' };
  return { name, description: command.description(), options, operands };
}

function valueKind(long: string, takesValue: boolean, choices: readonly string[] | undefined): ValueKind {
  if (!takesValue) return { kind: 'none' };
  if (choices) return { kind: 'choices', choices: [...choices] };
  if (PATH_OPTIONS[long]) return { kind: PATH_OPTIONS[long] };
  if (RULE_OPTIONS.has(long)) return { kind: 'choices', choices: builtInRules.map((r) => r.meta.id) };
  if (PACK_OPTIONS.has(long)) return { kind: 'choices', choices: builtInPacks.map((p) => p.id) };
  return { kind: 'free' };
}

/** Every option word of a command: --long and -s. */
export function optionWords(command: CommandSpec): string[] {
  return command.options.flatMap((o) => (o.short ? [o.short, o.long] : [o.long]));
}
