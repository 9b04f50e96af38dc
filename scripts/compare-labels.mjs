// Each test run records the date labels it rendered (test/date-labels-across-zones.test.ts); here the
// records of every time zone must match the first one's, browser by browser.
import { existsSync, readFileSync } from 'node:fs';

export function labelRecordPath(dir, browser, zone) {
  return `${dir}/${browser}--${zone.replaceAll('/', '_')}.json`;
}

/** Differences between time zones, as messages; a missing record is a difference too. */
export function compareLabelRecords(dir, zones, browsers) {
  const problems = [];
  for (const browser of browsers) {
    const records = zones.map((zone) => {
      const path = labelRecordPath(dir, browser, zone);
      return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
    });
    records.forEach((record, i) => {
      if (!record) problems.push(`${browser}, TZ=${zones[i]}: no date labels were recorded.`);
    });
    const [first] = records;
    if (!first) continue;
    records.slice(1).forEach((record, i) => {
      if (!record) return;
      for (const key of new Set([...Object.keys(first), ...Object.keys(record)])) {
        if (JSON.stringify(first[key]) !== JSON.stringify(record[key])) {
          problems.push(
            `${browser}: "${key}" differs between TZ=${zones[0]} and TZ=${zones[i + 1]}:\n` +
              `  ${JSON.stringify(first[key])}\n  ${JSON.stringify(record[key])}`,
          );
        }
      }
    });
  }
  return problems;
}
