/**
 * `pathlight check <guides.json> --url <page> [--url …] [--wait ms] [--strict] [--json]`: opens each page in headless
 * Chromium (playwright-core, an optional peer dependency) and reports every tip, tour step and checklist element rule
 * whose target is missing or invisible on every listed page it is meant for, by its JSON path. Exit codes: see EXIT.
 */
import { existsSync, readFileSync } from 'node:fs';
import { type ContentTarget, contentTargets } from '../author/targets';
import { matchUrl } from '../core/url-match';

export const EXIT = {
  /** Every target was found, visible, on a page it is meant for. */
  ok: 0,
  /** A target is missing or invisible on every listed page it is meant for, or a page could not be opened. */
  missing: 1,
  /** Bad command line, or the guides file cannot be read or is not JSON. Nothing was checked. */
  usage: 2,
  /** No browser: playwright-core is not installed, or Chromium is not at $CHROME_PATH or /usr/bin/chromium. */
  browser: 3,
} as const;

export const CHECK_USAGE = `Usage: pathlight check <guides.json> --url <page> [--url <page>…] [options]

  Opens each page in headless Chromium and reports every tip, tour step and checklist element rule of the guide
  content whose target selector is missing or invisible on every listed page it is meant for (an item with page
  rules, such as trigger.url or a step's page, is looked for only on the pages they match), by its JSON path.

  --url <page>        a page to open (repeat for more); http(s) or file URL
  --wait <ms>         how long each page may take to draw its targets after loading (default 5000)
  --strict            also count checklist completeWhen.element targets, which normally appear only once done
  --json              print the findings as JSON on stdout

  Needs playwright-core (npm install -D playwright-core) and Chromium: $CHROME_PATH, else /usr/bin/chromium.

Exit codes: 0 every target found, 1 a target is missing (or a page could not be opened), 2 bad command line or
unreadable guides file, 3 no browser (playwright-core or Chromium missing), 70 internal error.`;

export interface CheckIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
}

export interface CheckOptions {
  file: string;
  urls: string[];
  waitMs: number;
  strict: boolean;
  json: boolean;
}

class UsageError extends Error {}

export function parseCheckArgs(argv: string[]): CheckOptions {
  const options: CheckOptions = { file: '', urls: [], waitMs: 5000, strict: false, json: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url' || arg === '--wait') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      if (arg === '--wait') {
        if (!/^\d+$/.test(value)) throw new UsageError(`--wait takes milliseconds: ${value}`);
        options.waitMs = Number(value);
        continue;
      }
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        throw new UsageError(`not a URL: ${value} (give it whole: http://localhost:3000/)`);
      }
      if (!/^(https?|file):$/.test(url.protocol))
        throw new UsageError(`not an http(s) or file URL: ${value}`);
      options.urls.push(url.href);
    } else if (arg === '--strict') options.strict = true;
    else if (arg === '--json') options.json = true;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option: ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1)
    throw new UsageError(files.length ? 'name one guides file' : 'no guides file given');
  if (options.urls.length === 0) throw new UsageError('no page to check: add --url <page>');
  options.file = files[0]!;
  return options;
}

/** The browser to launch: $CHROME_PATH when it is there, else /usr/bin/chromium; undefined when neither is. */
export function findChrome(
  env: Record<string, string | undefined>,
  exists: (path: string) => boolean,
): string | undefined {
  return [env.CHROME_PATH, '/usr/bin/chromium'].find((path): path is string => !!path && exists(path));
}

/** How a target fared on one page. */
export type Seen = 'found' | 'missing' | 'hidden' | 'invalid';

export interface Finding extends ContentTarget {
  /** Each page it is meant for, and what was seen there. */
  onPages: Array<{ url: string; seen: Seen }>;
}

export interface CheckResult {
  /** Missing or invisible on every page it is meant for. */
  missing: Finding[];
  /** Checklist completion elements not found (normally there only once done): missing only with --strict. */
  notYetDone: Finding[];
  /** No listed page is one it is meant for. */
  unchecked: ContentTarget[];
  found: number;
  /** Pages that could not be opened, with why. */
  failedPages: Array<{ url: string; error: string }>;
}

/** The path (and `#fragment`) of a URL, as targeting rules match it. */
const pathOf = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.hash;
};

/** Which of the listed pages a target is meant for. */
export const pagesFor = (target: ContentTarget, urls: readonly string[]) =>
  target.pages === undefined ? [...urls] : urls.filter((url) => matchUrl(target.pages!, pathOf(url)));

/**
 * Looks for selectors in the page, with the widget's own test of visible (`checkVisibility`, as
 * src/guides/elements.ts): runs inside the browser, so it must not reach anything outside itself.
 */
function lookInPage(selectors: string[]): Seen[] {
  return selectors.map((selector) => {
    try {
      const element = document.querySelector(selector);
      if (!element) return 'missing';
      const visible =
        typeof element.checkVisibility === 'function'
          ? element.checkVisibility({ visibilityProperty: true })
          : element.getClientRects().length > 0;
      return visible ? 'found' : 'hidden';
    } catch {
      return 'invalid';
    }
  });
}

/**
 * What a page opener does: the real one drives Chromium, tests can pass their own. It may wait `waitMs` for the
 * `awaited` selectors to appear (not for the others: a completion element is not waited for).
 */
export type LookAt = (
  url: string,
  selectors: string[],
  wait: { waitMs: number; awaited: string[] },
) => Promise<Seen[]>;

/** Checks the content's targets on the pages through `look`. Pure apart from `look`. */
export async function checkContent(
  content: unknown,
  options: CheckOptions,
  look: LookAt,
): Promise<CheckResult> {
  const targets = contentTargets(content).filter(
    (target): target is ContentTarget & { target: string } => typeof target.target === 'string',
  );
  const result: CheckResult = { missing: [], notYetDone: [], unchecked: [], found: 0, failedPages: [] };
  const byPage = new Map<string, Map<string, Seen>>();
  for (const url of options.urls) {
    const here = targets.filter((t) => pagesFor(t, [url]).length > 0);
    const selectors = [...new Set(here.map((t) => t.target))];
    const awaited = here.filter((t) => options.strict || !t.whenDone).map((t) => t.target);
    try {
      const seen = await look(url, selectors, { waitMs: options.waitMs, awaited });
      byPage.set(url, new Map(selectors.map((selector, i) => [selector, seen[i] ?? 'missing'])));
    } catch (error) {
      result.failedPages.push({
        url,
        error: error instanceof Error ? error.message.split('\n')[0]! : String(error),
      });
    }
  }
  for (const target of targets) {
    const urls = pagesFor(target, options.urls);
    if (urls.length === 0) {
      result.unchecked.push(target);
      continue;
    }
    const pages = urls.map((url) => ({
      url,
      seen: byPage.get(url)?.get(target.target) ?? ('missing' as Seen),
    }));
    if (pages.some((page) => page.seen === 'found')) {
      result.found++;
      continue;
    }
    const finding: Finding = { ...target, onPages: pages };
    (target.whenDone && !options.strict ? result.notYetDone : result.missing).push(finding);
  }
  return result;
}

const SEEN_TEXT: Record<Seen, string> = {
  found: 'found',
  missing: 'not on',
  hidden: 'invisible on',
  invalid: 'not a valid selector on',
};

function describe(finding: Finding): string {
  const where = finding.onPages.map((page) => `${SEEN_TEXT[page.seen]} ${page.url}`).join('; ');
  return `${finding.path}  ${finding.kind} "${finding.label}"  ${String(finding.target)}: ${where}`;
}

export function formatResult(result: CheckResult): string {
  const lines: string[] = [];
  for (const page of result.failedPages) lines.push(`could not open ${page.url}: ${page.error}`);
  if (result.missing.length) {
    lines.push(`Missing (${result.missing.length}):`);
    for (const finding of result.missing) lines.push(`  ${describe(finding)}`);
  }
  if (result.notYetDone.length) {
    lines.push(
      `Not found, expected until the item is done (${result.notYetDone.length}; --strict counts them):`,
    );
    for (const finding of result.notYetDone) lines.push(`  ${describe(finding)}`);
  }
  if (result.unchecked.length) {
    lines.push(`Not checked, no --url is one of their pages (${result.unchecked.length}):`);
    for (const target of result.unchecked)
      lines.push(`  ${target.path}  ${target.kind} "${target.label}"  pages ${JSON.stringify(target.pages)}`);
  }
  const total = result.found + result.missing.length + result.notYetDone.length;
  lines.push(`${result.found} of ${total} targets found, ${result.missing.length} missing.`);
  return `${lines.join('\n')}\n`;
}

/** The real page opener: one headless Chromium for all pages, one fresh context (no stored state) per page. */
async function chromium(executablePath: string): Promise<{ look: LookAt; close: () => Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  const look: LookAt = async (url, selectors, { waitMs, awaited }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      // Single-page apps draw late: look again until everything is there, or the wait is over.
      const until = Date.now() + waitMs;
      let seen = await page.evaluate(lookInPage, selectors);
      const waiting = () =>
        selectors.some((selector, i) => seen[i] !== 'found' && awaited.includes(selector));
      while (waiting() && Date.now() < until) {
        await page.waitForTimeout(250);
        seen = await page.evaluate(lookInPage, selectors);
      }
      return seen;
    } finally {
      await context.close();
    }
  };
  return { look, close: () => browser.close() };
}

export async function check(argv: string[], io: CheckIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${CHECK_USAGE}\n`);
    return EXIT.ok;
  }
  let options: CheckOptions;
  let content: unknown;
  try {
    options = parseCheckArgs(argv);
    try {
      content = JSON.parse(readFileSync(options.file, 'utf8'));
    } catch (error) {
      throw new UsageError(
        `cannot read ${options.file}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`pathlight check: ${error.message}\n\n${CHECK_USAGE}`);
    return EXIT.usage;
  }
  const executablePath = findChrome(io.env ?? process.env, io.exists ?? existsSync);
  if (!executablePath) {
    io.stderr(
      'pathlight check: no Chromium found: set CHROME_PATH to a Chromium or Chrome binary, or install one at /usr/bin/chromium (Debian: apt-get install -y chromium).',
    );
    return EXIT.browser;
  }
  let browser: Awaited<ReturnType<typeof chromium>>;
  try {
    browser = await chromium(executablePath);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const missing = /Cannot find (package|module) 'playwright-core'/.test(String(message));
    io.stderr(
      missing
        ? 'pathlight check: playwright-core is not installed: npm install -D playwright-core (an optional peer dependency).'
        : `pathlight check: could not start Chromium at ${executablePath}: ${message}`,
    );
    return EXIT.browser;
  }
  try {
    const result = await checkContent(content, options, browser.look);
    io.stdout(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result));
    return result.missing.length || result.failedPages.length ? EXIT.missing : EXIT.ok;
  } finally {
    await browser.close();
  }
}
