// The documents the stories show: the same files the tests and the demo use, never made up
// here, and never anything that depends on today's date or chance.
import article from '../../demo/data/isis-libya-2015.json';
import trickyDates from '../../test/fixtures/tricky-dates.json';
import denseWeek from '../../test/fixtures/layouts/dense-week.json';
import longSpan from '../../test/fixtures/layouts/long-span.json';
import manyLanes from '../../test/fixtures/layouts/many-lanes.json';
import allPrecisions from '../../test/fixtures/documents/valid-all-precisions.json';
import bceAndLeap from '../../test/fixtures/documents/valid-bce-and-leap.json';
import groups from '../../test/fixtures/documents/valid-groups.json';
import rtlArabic from '../../test/fixtures/documents/valid-rtl-arabic.json';
import minimal from '../../test/fixtures/documents/valid-minimal.json';
import allEventsUnusable from '../../test/fixtures/documents/invalid-all-events-unusable.json';
import severalProblems from '../../test/fixtures/documents/invalid-several-problems.json';
import fixtureIndex from '../../test/fixtures/documents/index.json';
import { randomDocument } from '../../test/helpers/random-documents.js';

export {
  article, trickyDates, denseWeek, longSpan, manyLanes, allPrecisions, bceAndLeap, groups, rtlArabic, minimal,
  allEventsUnusable, severalProblems,
};

/**
 * Where the catalogue serves the same files (staticDirs in main.ts), relative to the story
 * iframe, so `src` stories fetch them as a page would.
 */
export const ARTICLE_URL = 'data/isis-libya-2015.json';
export const fixtureUrl = (file: string): string => `fixtures/documents/${file}`;

/** The shared documents that nothing can be drawn from, as test/fixtures/documents/index.json lists them. */
export const fatalFixtures = fixtureIndex.fixtures
  .filter((fixture) => fixture.fatal)
  .map(({ file, shows }) => ({ file, shows }));

/** Seeded, so every build and browser draws the same large documents; made when first asked for. */
const largeDocuments = new Map<number, Record<string, unknown>>();
export function manyEvents(events: 1_000 | 10_000 | 100_000): Record<string, unknown> {
  let document = largeDocuments.get(events);
  if (!document) {
    document = randomDocument({ events, seed: events, groups: 3, years: events > 1_000 ? 40 : 16, fromYear: 1990 });
    largeDocuments.set(events, document);
  }
  return document;
}

/** The ids of a document's events, for a `selected` control. */
export function eventIds(document: { events: readonly { id?: string }[] }): string[] {
  return document.events.flatMap((event) => (event.id ? [event.id] : []));
}
