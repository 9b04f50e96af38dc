// Run once per time zone by `npm test`: every label here must come out the same in each.
// The labels are sent to the test server, and scripts/compare-labels.mjs compares the
// records of all time zones after the runs.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ARTICLE_URL, eventButtons, loadJson, renderSettled, shadow } from './helpers/timeline.js';
import type { NewsTimeline } from '../src/news-timeline/news-timeline.js';

declare global {
  interface Window {
    __NT_EXPECTED_TIME_ZONE__?: string;
  }
}

const LOCALES = ['en-GB', 'en-US', 'de', 'ar', 'ja'];

/** Everything date-like the element shows: event labels, their datetime, ticks, card dates. */
async function collectLabels(element: NewsTimeline): Promise<Record<string, string>> {
  const labels: Record<string, string> = {};
  for (const button of eventButtons(element)) {
    const id = button.dataset.id!;
    const time = button.querySelector('time')!;
    labels[`event:${id}`] = `${time.textContent} | ${time.getAttribute('datetime') ?? '-'}`;
    button.click();
    await element.updateComplete;
    labels[`card:${id}`] = shadow(element).querySelector('.card time')?.textContent ?? '(no card)';
  }
  const ticks = [...shadow(element).querySelectorAll('.tick-label')].map((tick) => tick.textContent);
  labels.ticks = ticks.join(' · ');
  return labels;
}

describe('date labels in every time zone', () => {
  it('the browser runs in the time zone this run was started for', () => {
    const expected = window.__NT_EXPECTED_TIME_ZONE__;
    if (!expected) return; // a run without TZ (e.g. an editor) has nothing to prove here
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(expected);
  });

  it('tricky dates read exactly as written in en-GB', async () => {
    const data = await loadJson('/test/fixtures/tricky-dates.json');
    const expected = (await loadJson('/test/fixtures/tricky-dates.expected-en-GB.json')) as Record<string, string>;
    const element = await renderSettled(html`<news-timeline locale="en-GB" .data=${data}></news-timeline>`);
    const shown: Record<string, string | null | undefined> = {};
    for (const button of eventButtons(element)) shown[button.dataset.id!] = button.querySelector('time')?.textContent;
    expect(shown).to.deep.equal(expected);
  });

  it('records every label of the article and the tricky dates, in five locales', async () => {
    const tricky = await loadJson('/test/fixtures/tricky-dates.json');
    const record: Record<string, string> = {};
    for (const locale of LOCALES) {
      const article = await renderSettled(html`<news-timeline locale=${locale} src=${ARTICLE_URL}></news-timeline>`);
      for (const [key, value] of Object.entries(await collectLabels(article))) record[`${locale} article ${key}`] = value;
      const dates = await renderSettled(html`<news-timeline locale=${locale} .data=${tricky}></news-timeline>`);
      for (const [key, value] of Object.entries(await collectLabels(dates))) record[`${locale} tricky ${key}`] = value;
    }
    expect(Object.keys(record).length).to.be.greaterThan(100);
    expect(await executeServerCommand('record-labels', record)).to.equal(true);
  });
});
