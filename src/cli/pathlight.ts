/**
 * `npx pathlight <command>`: the package's Node-only commands, built apart from the widget (dist/cli/pathlight.js)
 * so that no widget bundle grows. Commands: insights, check.
 */
import { CHECK_USAGE, check } from './check';
import { insights, USAGE } from './insights';

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(`${text}\n`),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'insights') return insights(rest, io);
  if (command === 'check') return check(rest, io);
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stderr(
      `Usage: pathlight <command>\n\nCommands:\n  insights   the help insights report from analytics NDJSON\n  check      guide content's element targets, looked for on your pages\n\n${USAGE}\n\n${CHECK_USAGE}`,
    );
    return command === undefined ? 2 : 0;
  }
  io.stderr(`pathlight: unknown command ${command} (try: pathlight --help)`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input (that has its own exit codes): say so and exit with a code of its own.
    io.stderr(
      `pathlight: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exitCode = 70;
  },
);
