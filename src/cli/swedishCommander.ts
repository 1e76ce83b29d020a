import { Command, CommanderError } from 'commander';

/*
 * commander parses; these hooks make what it prints Swedish. Its built-in help titles and error texts are
 * English, so titles are mapped in styleTitle and errors are rebuilt from the error code and the quoted
 * name commander puts in its message.
 */
const TITLES: Record<string, string> = {
  'Usage:': 'Användning:',
  'Arguments:': 'Argument:',
  'Options:': 'Flaggor:',
  'Commands:': 'Kommandon:',
  'Global Options:': 'Globala flaggor:',
};

/** Applies Swedish help titles and the Swedish help option/command texts to a command and its subcommands. */
export function swedishHelp(command: Command): Command {
  command.configureHelp({ styleTitle: (title) => TITLES[title] ?? title, sortSubcommands: false });
  command.helpOption('-h, --help', 'visa hjälp');
  if (command.commands.length > 0) command.helpCommand('help [kommando]', 'visa hjälp för ett kommando');
  for (const sub of command.commands) swedishHelp(sub);
  return command;
}

/** A Swedish message for an error commander raised while parsing, or undefined for help/version exits. */
export function swedishParseError(error: CommanderError): string | undefined {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.helpDisplayed':
    case 'commander.help':
    case 'commander.version':
      return undefined;
    case 'commander.unknownOption':
      return `Okänd flagga ${quoted}. Skriv uppsikt --help för att se vilka som finns.`;
    case 'commander.unknownCommand':
      return `Okänt kommando ${quoted}. Kommandon: init, adopt, summary, matrix, check.`;
    case 'commander.missingArgument':
      return `Argumentet ${quoted} saknas. Skriv uppsikt <kommando> --help för användning.`;
    case 'commander.optionMissingArgument':
      return `Flaggan ${quoted} behöver ett värde.`;
    case 'commander.missingMandatoryOptionValue':
      return `Flaggan ${quoted} måste anges.`;
    case 'commander.excessArguments':
      return 'För många argument. Skriv uppsikt <kommando> --help för användning.';
    case 'commander.invalidArgument': {
      const [option, value] = [...error.message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
      const choices = /Allowed choices are (.*)\./.exec(error.message)?.[1]?.split(', ');
      const allowed = choices ? `; välj ${choices.slice(0, -1).join(', ')}${choices.length > 1 ? ' eller ' : ''}${choices[choices.length - 1]}` : '';
      return `Värdet ${value ?? ''} för ${option?.split(' ')[0] ?? 'flaggan'} är inte tillåtet${allowed}.`;
    }
    default:
      return `Kunde inte tolka kommandot: ${error.message.replace(/^error: /, '')}`;
  }
}
