// Helpers of the consumer test: a failure that reads as a message, not a stack, and a command runner.
import { spawnSync } from 'node:child_process';

export class ConsumerFailure extends Error {}

export function fail(message) {
  throw new ConsumerFailure(message);
}

/** Runs a command, returning its output; fails unless it exits with `expected` (0 by default). */
export function run(command, args, options = {}, expected = 0) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1e8, ...options });
  if ((result.status === 0) !== (expected === 0)) {
    fail(`${[command, ...args].join(' ')} exited ${result.status}\n${result.stdout}${result.stderr}`.slice(0, 4000));
  }
  return `${result.stdout}${result.stderr}`;
}
