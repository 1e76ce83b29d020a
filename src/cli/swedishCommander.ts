import { Command, CommanderError, Help, type Argument, type Option } from 'commander';

/*
 * commander parses; these hooks make everything it prints Swedish. Its help titles, the "[options]" and
 * "[command]" in usage lines, "(choices: …, default: …)" and its error texts are English, so titles are
 * mapped in styleTitle, usage lines and option descriptions are written here, and errors are rebuilt from the
 * error code and the quoted names commander puts in its message.
 */
const TITLES: Record<string, string> = {
  'Usage:': 'Användning:',
  'Arguments:': 'Argument:',
  'Options:': 'Flaggor:',
  'Commands:': 'Kommandon:',
  'Global Options:': 'Globala flaggor:',
};

const OPTIONS = '[flaggor]';
const COMMAND = '[kommando]';

/** "a, b eller c". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`;
}

const isHelp = (option: Option) => option.long === '--help';

/** The required options of a command as they are typed: "--omgang <omgång> -o <ut.xlsx>". */
function requiredTerms(command: Command): string[] {
  return command.options.filter((o) => o.mandatory).map((o) => `${o.short ?? o.long}${o.flags.replace(/^[^<[]*/, ' ').trimEnd()}`);
}

/** "uppsikt ny-omgang --omgang <omgång> -o <ut.xlsx> [flaggor] <fil.xlsx>": required options spelled out. */
function usage(command: Command): string {
  const args = command.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`) + (a.variadic ? '…' : ''));
  const optional = command.options.some((o) => !o.mandatory && !isHelp(o));
  return [...requiredTerms(command), ...(optional ? [OPTIONS] : []), ...(command.commands.length > 0 ? [COMMAND] : []), ...args].join(' ');
}

function extras(choices: readonly string[] | undefined, defaultValue: unknown, mandatory: boolean): string[] {
  const info: string[] = [];
  if (mandatory) info.push('måste anges');
  if (choices) info.push(`välj ${orList(choices)}`);
  if (defaultValue !== undefined && typeof defaultValue !== 'boolean') info.push(`standard: ${String(defaultValue)}`);
  return info;
}

const described = (description: string, info: readonly string[]) => (info.length === 0 ? description : `${description} (${info.join('; ')})`);

/** Swedish help for a command and its subcommands: titles, usage lines, option notes, the help option and command. */
export function swedishHelp(command: Command): Command {
  command.configureHelp({
    styleTitle: (title: string) => TITLES[title] ?? title,
    sortSubcommands: false,
    subcommandTerm: (sub: Command) => `${sub.name()} ${usage(sub)}`.trimEnd(),
    optionDescription: (option: Option) => described(option.description, extras(option.argChoices, option.defaultValue, option.mandatory)),
    argumentDescription: (argument: Argument) => described(argument.description, extras(argument.argChoices, argument.defaultValue, false)),
  } as Partial<Help>);
  command.helpOption('-h, --help', 'visa hjälp');
  if (command.commands.length > 0) command.helpCommand('help [kommando]', 'visa hjälp för ett kommando');
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
  return similar ? ` Menade du ${orList(similar.split(/, | or /))}?` : '';
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
      return `Okänd flagga ${quoted}.${suggestion(error.message)} Skriv uppsikt --help för att se vilka som finns.`;
    case 'commander.unknownCommand':
      return `Okänt kommando ${quoted}.${suggestion(error.message)} Kommandon: ${commandNames(program).join(', ')}. Skriv uppsikt --help för mer.`;
    case 'commander.missingArgument':
      return `Argumentet <${quoted}> saknas. Skriv uppsikt <kommando> --help för användning.`;
    case 'commander.optionMissingArgument':
      return `Flaggan ${quoted.split(' ')[0]} behöver ett värde.`;
    case 'commander.missingMandatoryOptionValue':
      return `Flaggan ${[quoted.split(/[ ,]/)[0], /<[^>]*>/.exec(quoted)?.[0]].filter(Boolean).join(' ')} måste anges.`;
    case 'commander.excessArguments':
      return 'För många argument. Skriv uppsikt <kommando> --help för användning.';
    case 'commander.invalidArgument': {
      const [option, value] = [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
      const reason = /is invalid\. (.*)$/s.exec(error.message)?.[1] ?? '';
      const choices = /^Allowed choices are (.*)\.$/.exec(reason)?.[1]?.split(', ');
      if (reason !== '' && !choices) return reason; // our own Swedish message from an argParser
      return `Värdet ${value ?? ''} för ${option?.split(' ')[0] ?? 'flaggan'} är inte tillåtet${choices ? `; välj ${orList(choices)}` : ''}.`;
    }
    default:
      return 'Kunde inte tolka kommandoraden. Skriv uppsikt --help för användning.';
  }
}
