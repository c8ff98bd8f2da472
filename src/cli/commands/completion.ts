// `jobparse completion bash|zsh|fish`: a shell completion script, printed to stdout for the
// user to source or save. It is written from the command tree itself (commander's commands,
// options and their choices), so a new option or format completes without editing this file.
//   bash: eval "$(jobparse completion bash)"   (or save it in bash-completion's completions/)
//   zsh:  jobparse completion zsh > "${fpath[1]}/_jobparse"
//   fish: jobparse completion fish > ~/.config/fish/completions/jobparse.fish
import type { Command, Option } from "commander";

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

interface OptionInfo {
  flags: string[];
  description: string;
  /** Takes a value (`<x>` or `[x]`). */
  value: boolean;
  /** Its value names a file or folder (`<file>`, `<dir>`): complete paths. */
  path: boolean;
  choices: readonly string[];
}

interface CommandInfo {
  name: string;
  description: string;
  options: OptionInfo[];
  /** The words its first argument takes (`completion <shell>`), if it has a fixed set. */
  words: readonly string[];
}

// An option's value placeholder that names a path: `--out <dir>`, `--explain <file>`.
const PATH_VALUE_RE = /<(dir|file|path)>/;

function optionInfo(option: Option): OptionInfo {
  return {
    flags: [option.short, option.long].filter((f): f is string => Boolean(f)),
    description: option.description,
    value: option.required || option.optional,
    path: PATH_VALUE_RE.test(option.flags),
    choices: option.argChoices ?? [],
  };
}

/** The main command ("" name) and its subcommands, with --help on each. */
function treeOf(program: Command): CommandInfo[] {
  const help: OptionInfo = { flags: ["-h", "--help"], description: "display help", value: false, path: false, choices: [] };
  const info = (c: Command, name: string): CommandInfo => ({
    name,
    description: c.description(),
    options: [...c.options.map(optionInfo), help],
    words: c.registeredArguments[0]?.argChoices ?? [],
  });
  const subs = program.commands.map((c) => info(c, c.name()));
  // Commander adds `help` itself while parsing; it is a command the user can type too.
  if (!subs.some((s) => s.name === "help")) subs.push({ name: "help", description: "display help for a command", options: [], words: subs.map((s) => s.name) });
  return [{ ...info(program, ""), words: subs.map((s) => s.name) }, ...subs];
}

// Characters a single-quoted shell word cannot hold as they are.
const SINGLE_QUOTE_RE = /'/g;
const quote = (s: string) => `'${s.replace(SINGLE_QUOTE_RE, "'\\''")}'`;
// Characters with a meaning inside a zsh _arguments spec's description.
const ZSH_SPEC_RE = /[[\]:\\]/g;
const zshText = (s: string) => s.replace(ZSH_SPEC_RE, "\\$&");
// The dashes before an option's name: "--format" → "format", the name of its value.
const LEADING_DASHES_RE = /^-+/;
// A colon ends the name in a zsh `name:description` pair.
const COLON_RE = /:/g;

function bash(tree: CommandInfo[]): string {
  const subs = tree.slice(1);
  const valueCases = (c: CommandInfo) =>
    c.options
      .filter((o) => o.value)
      .map((o) => `        ${o.flags.join("|")}) ${o.choices.length ? `COMPREPLY=( $(compgen -W ${quote(o.choices.join(" "))} -- "$cur") )` : o.path ? "compopt -o default" : ":"}; return ;;`)
      .join("\n");
  const perCommand = tree
    .map((c) => {
      const flags = c.options.flatMap((o) => o.flags).join(" ");
      const words = c.words.join(" ");
      return [
        `    ${c.name === "" ? '""' : c.name})`,
        ...(valueCases(c) ? [`      case "$prev" in`, valueCases(c), `      esac`] : []),
        `      if [[ "$cur" == -* ]]; then COMPREPLY=( $(compgen -W ${quote(flags)} -- "$cur") ); return; fi`,
        words ? `      COMPREPLY=( $(compgen -W ${quote(words)} -- "$cur") )` : "",
        c.words.length && c.name !== "" ? "" : `      compopt -o default 2>/dev/null`,
        `      ;;`,
      ]
        .filter(Boolean)
        .join("\n");
    })
    .join("\n");
  return `# jobparse completion for bash: eval "$(jobparse completion bash)"
_jobparse() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${subs.map((s) => s.name).join("|")}) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  COMPREPLY=()
  case "$cmd" in
${perCommand}
  esac
}
complete -F _jobparse jobparse
`;
}

function zsh(tree: CommandInfo[]): string {
  const [, ...subs] = tree;
  const specs = (c: CommandInfo) =>
    c.options
      .flatMap((o) =>
        o.flags.map((flag) => {
          const name = zshText(o.flags.at(-1)!.replace(LEADING_DASHES_RE, ""));
          const value = o.value ? `:${name}:${o.choices.length ? `(${o.choices.join(" ")})` : o.path ? "_files" : " "}` : "";
          return `      ${quote(`${flag}[${zshText(o.description)}]${value}`)}`;
        }),
      )
      .join(" \\\n");
  const commands = subs.map((s) => `    ${quote(`${s.name}:${s.description.replace(COLON_RE, "\\:")}`)}`).join("\n");
  const cases = subs
    .map((s) =>
      s.name === "help"
        ? `    help) _describe 'command' commands ;;`
        : `    ${s.name})\n      _arguments -s \\\n${specs(s)} \\\n      ${s.words.length ? quote(`1:${s.name}:(${s.words.join(" ")})`) : "'*:file:_files'"} ;;`,
    )
    .join("\n");
  return `#compdef jobparse
# jobparse completion for zsh: jobparse completion zsh > "\${fpath[1]}/_jobparse"
_jobparse() {
  local -a commands
  commands=(
${commands}
  )
  local i sub=""
  for ((i = 2; i < CURRENT; i++)); do
    if (( \${commands[(I)\${words[i]}:*]} )); then sub=\${words[i]}; break; fi
  done
  if [[ -z $sub ]]; then
    if [[ $words[CURRENT] != -* ]]; then _describe 'command' commands; fi
    _arguments -s \\
${specs(tree[0])} \\
      '*:file:_files'
    return
  fi
  # _arguments reads words[1] as the command's name: make it the subcommand.
  shift $((i - 1)) words
  (( CURRENT -= i - 1 ))
  case $sub in
${cases}
  esac
}
_jobparse "$@"
`;
}

function fish(tree: CommandInfo[]): string {
  const [main, ...subs] = tree;
  const names = subs.map((s) => s.name).join(" ");
  const optionLines = (c: CommandInfo, condition: string) =>
    c.options.map((o) => {
      const parts = [`complete -c jobparse -n ${quote(condition)}`];
      for (const f of o.flags) parts.push(f.startsWith("--") ? `-l ${f.slice(2)}` : `-s ${f.slice(1)}`);
      if (o.value) parts.push(o.choices.length ? `-x -a ${quote(o.choices.join(" "))}` : o.path ? "-r -F" : "-x");
      parts.push(`-d ${quote(o.description)}`);
      return parts.join(" ");
    });
  return [
    "# jobparse completion for fish: jobparse completion fish > ~/.config/fish/completions/jobparse.fish",
    ...subs.map((s) => `complete -c jobparse -n ${quote(`not __fish_seen_subcommand_from ${names}`)} -a ${s.name} -d ${quote(s.description)}`),
    ...optionLines(main, `not __fish_seen_subcommand_from ${names}`),
    ...subs.flatMap((s) => [
      ...(s.words.length ? [`complete -c jobparse -n ${quote(`__fish_seen_subcommand_from ${s.name}`)} -f -a ${quote(s.words.join(" "))}`] : []),
      ...optionLines(s, `__fish_seen_subcommand_from ${s.name}`),
    ]),
    "",
  ].join("\n");
}

/** The completion script of `shell` for the command tree of `program`. */
export function completionScript(program: Command, shell: Shell): string {
  const tree = treeOf(program);
  return shell === "bash" ? bash(tree) : shell === "zsh" ? zsh(tree) : fish(tree);
}
