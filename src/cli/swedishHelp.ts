import type { Argument, Command, Help, Option } from 'commander';
import { cliMessagesSv as C } from './messages.sv';

/*
 * commander parses; these hooks make the help it prints Swedish. Its help titles, the "[options]" and
 * "[command]" in usage lines and "(choices: …, default: …)" are English, so titles are mapped in styleTitle,
 * and usage lines and option descriptions are written here. Its errors are SwedishCommand's.
 */
const isHelp = (option: Option) => option.long === '--help';

/** The required options of a command as they are typed: "--omgang <omgång> -o <ut.xlsx>". */
function requiredTerms(command: Command): string[] {
  return command.options.filter((o) => o.mandatory).map((o) => `${o.short ?? o.long}${o.flags.replace(/^[^<[]*/, ' ').trimEnd()}`);
}

/** "uppsikt ny-omgang --omgang <omgång> -o <ut.xlsx> [flaggor] <fil.xlsx>": required options spelled out. */
function usage(command: Command): string {
  const args = command.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`) + (a.variadic ? '…' : ''));
  const optional = command.options.some((o) => !o.mandatory && !isHelp(o));
  return [...requiredTerms(command), ...(optional ? [C.optionsTerm] : []), ...(command.commands.length > 0 ? [C.commandTerm] : []), ...args].join(' ');
}

function ancestors(command: Command): string[] {
  const names: string[] = [];
  for (let p = command.parent; p; p = p.parent) names.unshift(p.name());
  return names;
}

function extras(choices: readonly string[] | undefined, defaultValue: unknown, mandatory: boolean): string[] {
  const info: string[] = [];
  if (mandatory) info.push(C.mandatory);
  if (choices) info.push(C.choose({ choices }));
  if (defaultValue !== undefined && typeof defaultValue !== 'boolean') info.push(C.defaultIs({ value: String(defaultValue) }));
  return info;
}

const described = (description: string, info: readonly string[]) => (info.length === 0 ? description : `${description} (${info.join('; ')})`);

/** Swedish help for a command and its subcommands: titles, usage lines, option notes, the help option and command. */
export function swedishHelp(command: Command): Command {
  command.configureHelp({
    styleTitle: (title: string) => C.helpTitles[title] ?? title,
    sortSubcommands: false,
    subcommandTerm: (sub: Command) => `${sub.name()} ${usage(sub)}`.trimEnd(),
    // The Swedish name only: the English aliases (init, adopt, …) still run but are not what help teaches.
    commandUsage: (cmd: Command) => [...ancestors(cmd), cmd.name(), cmd.usage()].join(' ').trimEnd(),
    optionDescription: (option: Option) => described(option.description, extras(option.argChoices, option.defaultValue, option.mandatory)),
    argumentDescription: (argument: Argument) => described(argument.description, extras(argument.argChoices, argument.defaultValue, false)),
  } as Partial<Help>);
  command.helpOption('-h, --help', C.helpOption);
  if (command.commands.length > 0) command.helpCommand(C.helpCommand, C.helpCommandDescription);
  for (const sub of command.commands) swedishHelp(sub);
  command.usage(usage(command));
  return command;
}
