#!/usr/bin/env node
/// <reference types="node" />
// `npx news-timeline import timeline.json > story.json` converts a TimelineJS3 file (JSON,
// or its Google-Sheets template as CSV); `npx news-timeline validate story.json` lists a
// document's problems. Problems go to stderr; exit 1 when something could not be used.
import { readFileSync } from 'node:fs';
import { convertTimelineJS } from './core/timelinejs.js';
import { parseTimelineDocument } from './core/parse.js';
import type { TimelineProblem } from './core/types.js';

const USAGE = `usage:
  news-timeline import <timelinejs.json | timelinejs.csv>   print a news-timeline document
  news-timeline validate <document.json>                    list the document's problems`;

function printProblems(problems: readonly TimelineProblem[], file: string): void {
  for (const problem of problems) {
    process.stderr.write(`${file}: ${problem.severity} at ${problem.path || '(document)'}: ${problem.message}\n`);
  }
}

const failing = (problems: readonly TimelineProblem[]) =>
  problems.some((problem) => problem.severity === 'error' || problem.severity === 'fatal');

function read(file: string | undefined): string {
  if (!file) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})\n`);
    process.exit(2);
  }
}

const [command, file] = process.argv.slice(2);
switch (command) {
  case 'import': {
    const { document, problems } = convertTimelineJS(read(file));
    printProblems(problems, file);
    const checked = parseTimelineDocument(document);
    printProblems(checked.problems, `${file} (converted)`);
    if (problems.some((problem) => problem.severity === 'fatal') || !checked.document) process.exit(1);
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    break;
  }
  case 'validate': {
    const text = read(file);
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      process.stderr.write(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})\n`);
      process.exit(1);
    }
    const { document, problems } = parseTimelineDocument(input);
    printProblems(problems, file);
    if (failing(problems)) process.exit(1);
    process.stdout.write(`${file}: ${document!.events.length} events, ${problems.length} warning(s)\n`);
    break;
  }
  default:
    process.stderr.write(`${USAGE}\n`);
    process.exit(command ? 2 : 0);
}
