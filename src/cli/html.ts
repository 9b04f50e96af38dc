import { readTimelineInput } from '../core/authoring/read-input.js';
import { embedHtml } from '../core/authoring/embed-code.js';
import { terminalSafe } from './terminal.js';
import type { Input } from './input.js';

// `news-timeline html <file>`: the HTML block the authoring page gives out, for a document
// or a sheet read as the page reads it, with problems named by row as the page names them.

/** The standalone file of this package on unpkg, as the README links it. */
export const DEFAULT_BUNDLE_URL = 'https://unpkg.com/news-timeline/dist/news-timeline.bundle.js';

/** Where the command writes: standard output and standard error. */
interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const MAX_NAME = 300;
const MAX_MESSAGE = 1000;

/** Prints the problems ("story.csv:6: error at events[4].start_date: Row 6, Year: …") and, when there is no error, the HTML block; returns the exit code as `validate` does. */
export function htmlCommand(io: Output, { name, text }: Input, bundleUrl = DEFAULT_BUNDLE_URL): number {
  const { document, problems } = readTimelineInput(text);
  const file = terminalSafe(name, MAX_NAME);
  for (const { severity, path, message, line } of problems) {
    const where = line === undefined ? file : `${file}:${line}`;
    io.stderr(`${where}: ${severity} at ${terminalSafe(path || '(document)', MAX_NAME)}: ${terminalSafe(message, MAX_MESSAGE)}\n`);
  }
  // An embed that silently lacks an event is worse than none: fix the input first.
  if (!document || problems.some(({ severity }) => severity !== 'warning')) return 1;
  io.stdout(embedHtml(document, {}, { bundleUrl }));
  return 0;
}
