/** The bash completion script: `source <(unboil completion bash)`. */
import { optionWords, type CommandSpec, type CompletionSpec } from './spec.js';

export function bashCompletion(spec: CompletionSpec): string {
  const fn = `_${spec.program.replace(/\W/g, '_')}`;
  const subNames = spec.subcommands.map((c) => c.name);
  const valueTaking = [spec.main, ...spec.subcommands].flatMap((c) => c.options.filter((o) => o.value.kind !== 'none').flatMap((o) => (o.short ? [o.short, o.long] : [o.long])));
  const branches = [...spec.subcommands, spec.main].map((c) => `    ${c.name === '' ? '*' : c.name})\n${commandBranch(c, subNames)}\n      ;;`).join('\n');
  return `# ${spec.program} completion for bash.
# Load it in this shell with: source <(${spec.program} completion bash)
# or for every shell: ${spec.program} completion bash > ~/.local/share/bash-completion/completions/${spec.program}

${fn}() {
  local cur prev sub i operands
  COMPREPLY=()
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  sub=""
  operands=0
  # The subcommand is the first word that is not an option or an option's value.
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${valueTaking.length ? `${[...new Set(valueTaking)].join('|')}) ((i++)) ;;` : ''}
      -*) ;;
      *)
        if [[ \$operands -eq 0 && " ${subNames.join(' ')} " == *" \${COMP_WORDS[i]} "* ]]; then
          sub="\${COMP_WORDS[i]}"
          operands=0
          for ((i = i + 1; i < COMP_CWORD; i++)); do [[ "\${COMP_WORDS[i]}" != -* ]] && ((operands++)); done
          break
        fi
        ((operands++))
        ;;
    esac
  done
  case "\$sub" in
${branches}
  esac
  return 0
}

complete -o filenames -F ${fn} ${spec.program}
`;
}

function commandBranch(command: CommandSpec, subNames: string[]): string {
  const valueCases = command.options
    .filter((o) => o.value.kind !== 'none')
    .map((o) => {
      const words = o.short ? `${o.short}|${o.long}` : o.long;
      const v = o.value;
      const action =
        v.kind === 'choices' ? `COMPREPLY=($(compgen -W "${v.choices.join(' ')}" -- "$cur"))` : v.kind === 'file' ? 'COMPREPLY=($(compgen -f -- "$cur"))' : v.kind === 'dir' ? 'COMPREPLY=($(compgen -d -- "$cur"))' : ':';
      return `        ${words}) ${action}; return 0 ;;`;
    })
    .join('\n');
  const operand =
    command.operands.kind === 'files'
      ? command.name === ''
        ? `      if [[ $operands -eq 0 ]]; then COMPREPLY=($(compgen -W "${subNames.join(' ')}" -- "$cur") $(compgen -f -- "$cur")); else COMPREPLY=($(compgen -f -- "$cur")); fi`
        : '      COMPREPLY=($(compgen -f -- "$cur"))'
      : command.operands.kind === 'choices'
        ? `      [[ $operands -eq 0 ]] && COMPREPLY=($(compgen -W "${command.operands.choices.join(' ')}" -- "$cur"))`
        : '      :';
  return `      case "$prev" in
${valueCases}
      esac
      if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "${optionWords(command).join(' ')}" -- "$cur"))
        return 0
      fi
${operand}`;
}
