// Seeded documents for property tests and benchmarks: the same seed gives the same
// document in every run, browser and time zone.

/** A small seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const two = (n: number) => String(n).padStart(2, '0');

export interface RandomDocumentOptions {
  readonly events: number;
  readonly seed: number;
  readonly fromYear?: number;
  readonly years?: number;
  readonly groups?: number;
  /** Share of events that are spans. */
  readonly spans?: number;
}

/** A valid version-1 document of `events` events with mixed precision, spans and groups. */
export function randomDocument(options: RandomDocumentOptions): Record<string, unknown> {
  const random = seededRandom(options.seed);
  const fromYear = options.fromYear ?? 2000;
  const years = options.years ?? 16;
  const groups = Array.from({ length: options.groups ?? 0 }, (_, i) => ({ id: `g${i}`, label: `Storyline ${i + 1}` }));
  const pick = (n: number) => Math.floor(random() * n);
  const events = Array.from({ length: options.events }, (_, i) => {
    const year = fromYear + pick(years);
    const month = 1 + pick(12);
    const day = 1 + pick(28);
    const roll = random();
    const date = roll < 0.1 ? `${year}` : roll < 0.3 ? `${year}-${two(month)}` : `${year}-${two(month)}-${two(day)}`;
    const event: Record<string, unknown> = {
      id: `e${i}`,
      date,
      title: `Event ${i}: ${'something happened '.slice(0, 4 + pick(16))}`.trim(),
    };
    if (random() < (options.spans ?? 0.05)) event.end = `${year + 1 + pick(3)}`;
    if (groups.length) event.group = groups[pick(groups.length)].id;
    return event;
  });
  return { version: 1, title: `Random document ${options.seed}`, groups, events };
}
