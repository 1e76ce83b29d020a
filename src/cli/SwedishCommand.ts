import { Command, Option, type Argument } from 'commander';
import { cliErrors } from './cliErrors';
import { cliMessagesSv as C } from './messages.sv';
import { suggestSimilar } from './suggestSimilar';

/*
 * commander's parse errors, raised in Swedish where commander raises them. commander calls these methods
 * (unknownOption, unknownCommand, missingArgument, …) when parsing fails; each is overridden to throw the
 * CLI's UppsiktError, so no English sentence is ever made and none has to be read back. They are
 * commander's own extension points, marked @private in its source but kept across versions; the tests in
 * test/cli/SwedishCommand.test.ts fail if one stops being called, and package.json pins commander to an exact
 * version so an upgrade is a deliberate change that runs them.
 */

/** commander's fields the hooks read; not in its typings. */
interface CommanderInternals {
  _allowUnknownOption: boolean;
  _allowExcessArguments: boolean;
  _enablePositionalOptions: boolean;
  _dispatchHelpCommand(command: string | undefined): void;
}

/** The help command's English name, which commander itself would have used: still runs, as the other aliases. */
const ENGLISH_HELP = 'help';

/** " Menade du a eller b?" for the candidates nearest `word`, or nothing. */
function didYouMean(word: string, candidates: readonly string[]): string {
  const similar = suggestSimilar(word, candidates);
  return similar.length > 0 ? C.didYouMean({ similar }) : '';
}

/** How a flag is named in a message: "-o <ut.xlsx>", as the user types it (its short form if it has one). */
function flagTerm(option: Option): string {
  return [option.short ?? option.long, /<[^>]*>/.exec(option.flags)?.[0]].filter(Boolean).join(' ');
}

/** Names of a program's commands, in the order they are listed in its help (help itself excluded). */
export function commandNames(program: Command): string[] {
  return program.commands.map((c) => c.name());
}

export class SwedishCommand extends Command {
  private get internals(): CommanderInternals {
    return this as unknown as CommanderInternals;
  }

  override createCommand(name?: string): Command {
    return new SwedishCommand(name);
  }

  /** A flag the command does not have; a near one ("--jsno" → "--json") is suggested. */
  unknownOption(flag: string): void {
    if (this.internals._allowUnknownOption) return;
    // The flags of this command and of the commands above it, as commander looks them up.
    const commands: Command[] = [this];
    for (let parent = this.parent; parent && !(parent as unknown as CommanderInternals)._enablePositionalOptions; parent = parent.parent) commands.push(parent);
    const candidates = commands.flatMap((command) =>
      command
        .createHelp()
        .visibleOptions(command)
        .flatMap((o) => (o.long ? [o.long] : [])),
    );
    throw cliErrors.unknownOption({ option: flag, suggestion: flag.startsWith('--') ? didYouMean(flag, candidates) : '' });
  }

  /**
   * A command the program does not have: the near one (by its name or English alias) and the full list. The
   * help command is named in Swedish (hjalp) and commander matches it by name only, so "help" is run here.
   */
  unknownCommand(): void {
    const typed = this.args[0];
    if (typed === ENGLISH_HELP) return this.internals._dispatchHelpCommand(this.args[1]);
    const candidates = this.createHelp()
      .visibleCommands(this)
      .flatMap((c) => [c.name(), ...c.aliases()]);
    throw cliErrors.unknownCommand({ command: typed, suggestion: didYouMean(typed, candidates), commands: commandNames(this) });
  }

  missingArgument(name: string): void {
    throw cliErrors.missingArgument({ argument: name });
  }

  /** A flag that takes a value given none ("-o" last on the line). */
  optionMissingArgument(option: Option): void {
    throw cliErrors.optionNeedsValue({ option: option.short ?? option.long ?? option.flags });
  }

  /** A flag the command requires (.requiredOption) not given. */
  missingMandatoryOptionValue(option: Option): void {
    throw cliErrors.optionRequired({ option: flagTerm(option) });
  }

  _excessArguments(): void {
    if (this.internals._allowExcessArguments) return;
    throw cliErrors.tooManyArguments();
  }

  /*
   * A value a flag's or argument's parser refused. .choices() refuses in English ("Allowed choices are …"),
   * so its choices are named here; a parser of ours (an argParser) refuses with its own Swedish sentence.
   */
  _callParseArg(target: Option | Argument, value: string, previous: unknown): unknown {
    try {
      return target.parseArg!(value, previous);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'commander.invalidArgument') throw error;
      const option = target instanceof Option ? (target.long ?? target.short) : `<${target.name()}>`;
      const reason = (error as Error).message;
      if (target.argChoices || reason === '') throw cliErrors.valueNotAllowed({ value, option, choices: target.argChoices }, { cause: error });
      throw cliErrors.worded({ sentence: reason }, { cause: error });
    }
  }
}
