import { Command, CommanderError, Help, type Argument, type Option } from 'commander';
import { cliMessagesSv as C } from './messages.sv';

/*
 * commander parses; these hooks make everything it prints Swedish. Its help titles, the "[options]" and
 * "[command]" in usage lines, "(choices: …, default: …)" and its error texts are English, so titles are
 * mapped in styleTitle, usage lines and option descriptions are written here, and errors are rebuilt from the
 * error code and the quoted names commander puts in its message.
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

/** Names of a program's commands, in the order they are listed in its help (help itself excluded). */
export function commandNames(program: Command): string[] {
  return program.commands.map((c) => c.name()).filter((name) => name !== 'help');
}

function suggestion(message: string): string {
  const similar = /\(Did you mean (.*)\?\)/.exec(message)?.[1];
  return similar ? C.didYouMean({ similar: similar.split(/, | or /) }) : '';
}

/** A Swedish message for an error commander raised while parsing `program`, or undefined for help/version exits. */
export function swedishParseError(error: CommanderError, program: Command): string | undefined {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.helpDisplayed':
    case 'commander.help':
    case 'commander.version':
      return undefined;
    case 'commander.unknownOption':
      return C.unknownOption({ option: quoted, suggestion: suggestion(error.message) });
    case 'commander.unknownCommand':
      return C.unknownCommand({ command: quoted, suggestion: suggestion(error.message), commands: commandNames(program) });
    case 'commander.missingArgument':
      return C.missingArgument({ argument: quoted });
    case 'commander.optionMissingArgument':
      return C.optionNeedsValue({ option: quoted.split(' ')[0] });
    case 'commander.missingMandatoryOptionValue':
      return C.optionRequired({ option: [quoted.split(/[ ,]/)[0], /<[^>]*>/.exec(quoted)?.[0]].filter(Boolean).join(' ') });
    case 'commander.excessArguments':
      return C.tooManyArguments;
    case 'commander.invalidArgument': {
      const [option, value] = [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
      const reason = /is invalid\. (.*)$/s.exec(error.message)?.[1] ?? '';
      const choices = /^Allowed choices are (.*)\.$/.exec(reason)?.[1]?.split(', ');
      if (reason !== '' && !choices) return reason; // our own Swedish message from an argParser
      return C.valueNotAllowed({ value: value ?? '', option: option?.split(' ')[0], choices });
    }
    default:
      return C.cannotParse;
  }
}
