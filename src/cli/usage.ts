/** What every `pathlight` command shares: its output streams and how a bad command line is told apart. */

/** Where a command writes: the real CLI passes the process's streams, tests collect the text. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Milliseconds now (the "last N days" end when there is no --to). */
  now?: () => number;
}

/** A bad command line (exit 2): thrown by argument parsers, caught by the command. */
export class UsageError extends Error {}

/**
 * Runs a command's argument parser: `--help` prints the usage (null, exit 0 for the caller); a {@link UsageError}
 * prints it with the usage on stderr (exit 2); anything else is a bug and is thrown on.
 */
export function parseOr<T>(
  command: string,
  usage: string,
  argv: string[],
  io: Io,
  parse: (argv: string[]) => T,
): { options: T } | { exit: number } {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${usage}\n`);
    return { exit: 0 };
  }
  try {
    return { options: parse(argv) };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`pathlight ${command}: ${error.message}\n\n${usage}`);
    return { exit: 2 };
  }
}

/** `1 article`, `3 articles`: counts in the commands' summaries. */
export const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
