import { parseTimelineDocument } from '../../src/core/document/parse.js';
import type { TimelineDocument } from '../../src/core/document/types.js';

/** A test fixture's parsed document; a fixture that does not parse fails the test at once. */
export function parse(input: unknown): TimelineDocument {
  const { document } = parseTimelineDocument(input);
  if (!document) throw new Error('fixture did not parse');
  return document;
}
