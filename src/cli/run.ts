import { convertTimelineJS, type ConversionResult } from '../core/import/timelinejs.js';
import { parseTimelineDocument } from '../core/document/parse.js';
import type { TimelineProblem } from '../core/document/types.js';
import { InputError, type Input } from './input.js';
import { jsonSafe, terminalSafe } from './terminal.js';
import { DEFAULT_BUNDLE_URL, htmlCommand } from './html.js';

// The commands, apart from the process they run in, so that a test can hand them its own
// input and output. Nothing here throws: every failure becomes a line and an exit code.

/** Exit codes: 0 done, 1 the input has errors, 2 wrong usage or unreadable, 70 our own failure (sysexits' EX_SOFTWARE). */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 70 } as const;

export const USAGE = `usage:
  news-timeline import <file>     print a news-timeline document made from TimelineJS3 JSON
                                  or its Google-Sheets template as CSV
  news-timeline validate <file>   list a document's problems
  news-timeline html <file> [--bundle-url <url>]
                                  print the HTML block for a CMS: the script tag, the
                                  timeline with the document inline, and a plain list of
                                  its events; <file> is a document, TimelineJS3 JSON, or
                                  a sheet (TimelineJS's template or the simple columns)
                                  as CSV or TSV. --bundle-url: the standalone file's
                                  address (default ${DEFAULT_BUNDLE_URL})
  news-timeline --help            this text
<file> may be "-" for standard input. Exit status: 0 done, 1 the input has errors,
2 wrong usage or a file that cannot be read, 70 an internal failure.`;

/** Where the commands read and write: the process, or a test's stand-ins. */
export interface CliIO {
  readonly read: (file: string) => Promise<Input>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

// Generous for a file name, a JSON path or a message; a bound even so (see terminalSafe).
const MAX_NAME = 300;
const MAX_MESSAGE = 1000;

function printProblems(io: CliIO, problems: readonly TimelineProblem[], name: string): void {
  const file = terminalSafe(name, MAX_NAME);
  for (const { severity, path, message } of problems) {
    io.stderr(`${file}: ${severity} at ${terminalSafe(path || '(document)', MAX_NAME)}: ${terminalSafe(message, MAX_MESSAGE)}\n`);
  }
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Prints a conversion's problems and, when the converted document validates, the document; returns the exit code. */
export function printConversion(io: CliIO, name: string, { document, problems }: ConversionResult): number {
  printProblems(io, problems, name);
  if (problems.some((problem) => problem.severity === 'fatal')) return EXIT.invalid;
  const checked = parseTimelineDocument(document);
  printProblems(io, checked.problems, `${name} (converted)`);
  if (!checked.document) return EXIT.invalid;
  // The importer means to write only what validates; if it did not, no document is better than one `validate` rejects.
  if (checked.problems.some((problem) => problem.severity === 'error')) {
    io.stderr(`${terminalSafe(name, MAX_NAME)}: the converted document has the errors above, so none is printed; please report this as an importer bug.\n`);
    return EXIT.internal;
  }
  io.stdout(`${jsonSafe(JSON.stringify(document, null, 2))}\n`);
  return EXIT.ok;
}

function importCommand(io: CliIO, { name, text }: Input): number {
  return printConversion(io, name, convertTimelineJS(text));
}

function validateCommand(io: CliIO, { name, text }: Input): number {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    io.stderr(`${terminalSafe(`${name}: not valid JSON (${reason(error)})`, MAX_MESSAGE)}\n`);
    return EXIT.invalid;
  }
  const { document, problems } = parseTimelineDocument(input);
  printProblems(io, problems, name);
  if (!document || problems.some((problem) => problem.severity === 'error' || problem.severity === 'fatal')) return EXIT.invalid;
  io.stdout(`${terminalSafe(name, MAX_NAME)}: ${document.events.length} events, ${problems.length} warning(s)\n`);
  return EXIT.ok;
}

/** The arguments without `--bundle-url <url>` (or `=<url>`); `option` says what is wrong with an option, if anything is. */
function readOptions(args: readonly string[]): { positional: string[]; bundleUrl?: string; option?: string } {
  const positional: string[] = [];
  let bundleUrl: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const inline = arg.startsWith('--bundle-url=') ? arg.slice('--bundle-url='.length) : undefined;
    if (arg === '--bundle-url' || inline !== undefined) {
      bundleUrl = inline ?? args[(i += 1)];
      if (!bundleUrl?.trim()) return { positional, option: '--bundle-url needs an address' };
    } else if (arg.startsWith('-') && arg !== '-') {
      // An option we do not know is wrong usage, not a file name ("./-x" names such a file).
      return { positional, option: `unknown option ${arg}` };
    } else {
      positional.push(arg);
    }
  }
  return { positional, bundleUrl };
}

async function runCommand(args: readonly string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const { positional, bundleUrl, option: wrong } = readOptions(args);
  const [command, file, ...extra] = positional;
  const option = wrong ?? (bundleUrl !== undefined && command !== 'html' ? '--bundle-url is an option of html only' : undefined);
  const known = command === 'import' || command === 'validate' || command === 'html';
  if (!known || file === undefined || extra.length > 0 || option !== undefined) {
    io.stderr(`${option === undefined ? '' : `${terminalSafe(option, MAX_NAME)}\n`}${USAGE}\n`);
    return EXIT.usage;
  }
  let input: Input;
  try {
    input = await io.read(file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`${terminalSafe(error.message, MAX_MESSAGE)}\n`);
    return error.exitCode;
  }
  if (command === 'html') return htmlCommand(io, input, bundleUrl);
  return command === 'import' ? importCommand(io, input) : validateCommand(io, input);
}

/** Runs `news-timeline <args>` and resolves to its exit code; never rejects, never prints a stack. */
export async function run(args: readonly string[], io: CliIO): Promise<number> {
  try {
    return await runCommand(args, io);
  } catch (error) {
    io.stderr(`news-timeline: internal failure, please report it: ${terminalSafe(reason(error), MAX_MESSAGE)}\n`);
    return EXIT.internal;
  }
}
