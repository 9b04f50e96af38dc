#!/usr/bin/env node
/// <reference types="node" />
// `npx news-timeline import timeline.json > story.json` converts a TimelineJS3 file (JSON,
// or its Google-Sheets template as CSV); `npx news-timeline validate story.json` lists a
// document's problems. Problems go to stderr; the commands and exit codes are in cli/run.ts.
import { readInput } from './cli/input.js';
import { EXIT, run } from './cli/run.js';

// A reader that stops early (`| head`) closes the pipe: nothing left to say to anyone.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.exit(error.code === 'EPIPE' ? (process.exitCode ?? EXIT.ok) : EXIT.internal);
});

process.exitCode = await run(process.argv.slice(2), {
  read: readInput,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
