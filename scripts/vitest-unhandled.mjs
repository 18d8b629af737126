// A vitest reporter for scripts/test.mjs: writes the run's unhandled errors (uncaught exceptions,
// unhandled rejections) to the file named by PATHLIGHT_UNHANDLED_FILE. Vitest's JSON report has no
// field for them, yet each one fails the run while every test may pass.
import { writeFileSync } from 'node:fs';

const firstLine = (text) =>
  String(text ?? '')
    .split('\n')[0]
    .slice(0, 160);

export default class UnhandledErrorsReporter {
  onTestRunEnd(_testModules, unhandledErrors, reason) {
    const file = process.env.PATHLIGHT_UNHANDLED_FILE;
    if (!file) return;
    const errors = unhandledErrors.map((error) => `${error?.name ?? 'Error'}: ${firstLine(error?.message)}`);
    writeFileSync(file, JSON.stringify({ reason, errors }));
  }
}
