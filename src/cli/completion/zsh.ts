/** The zsh completion script: `source <(unboil completion zsh)`, or saved as `_unboil` in a folder of $fpath. */
import type { CommandSpec, CompletionSpec, OptionSpec } from './spec.js';

export function zshCompletion(spec: CompletionSpec): string {
  const fn = `_${spec.program.replace(/\W/g, '_')}`;
  const subcommands = spec.subcommands.map((c) => `    ${quote(`${c.name}:${text(c.description)}`)}`).join('\n');
  const branches = spec.subcommands
    .map((c) => `        ${c.name})\n          _arguments -s \\\n${argumentSpecs(c).map((s) => `            ${s}`).join(' \\\n')}\n          ;;`)
    .join('\n');
  return `#compdef ${spec.program}
# ${spec.program} completion for zsh.
# Load it in this shell with: source <(${spec.program} completion zsh)
# or save it as ${fn} in a folder of $fpath.

${fn}() {
  local curcontext="$curcontext" state line
  typeset -A opt_args
  local -a subcommands
  subcommands=(
${subcommands}
  )
  _arguments -C -s \\
${optionSpecs(spec.main).map((s) => `    ${s}`).join(' \\\n')} \\
    '1: :->first' \\
    '*:: :->rest' && return
  case $state in
    first)
      _describe -t commands '${spec.program} command' subcommands
      _files
      ;;
    rest)
      case $line[1] in
${branches}
        *)
          _arguments -s \\
${[...optionSpecs(spec.main), "'*:input:_files'"].map((s) => `            ${s}`).join(' \\\n')}
          ;;
      esac
      ;;
  esac
}

if [[ "\${funcstack[1]}" == "${fn}" ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${spec.program}
fi
`;
}

function argumentSpecs(command: CommandSpec): string[] {
  const operand =
    command.operands.kind === 'files' ? "'*:input:_files'" : command.operands.kind === 'choices' ? quote(`1:${command.name} argument:(${command.operands.choices.join(' ')})`) : undefined;
  return [...optionSpecs(command), ...(operand ? [operand] : [])];
}

function optionSpecs(command: CommandSpec): string[] {
  return command.options.map(optionSpec);
}

function optionSpec(option: OptionSpec): string {
  const v = option.value;
  const name = option.long.replace(/^--/, '');
  const action =
    v.kind === 'none' ? '' : v.kind === 'choices' ? `:${name}:(${v.choices.join(' ')})` : v.kind === 'file' ? `:${name}:_files` : v.kind === 'dir' ? `:${name}:_files -/` : `:${name}: `;
  const body = `[${text(option.description)}]${action}`;
  return option.short ? `${quote(`(${option.short} ${option.long})`)}{${option.short},${option.long}}${quote(body)}` : quote(`${option.long}${body}`);
}

/** Descriptions without the characters _arguments and _describe give meaning to. */
function text(description: string): string {
  return description.replace(/[[\]]/g, '').replace(/:/g, ' -').replace(/\s+/g, ' ').trim();
}

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
