import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { convertTimelineJS } from './timelinejs.js';
import { parseTimelineDocument } from '../document/parse.js';

async function text(name: string): Promise<string> {
  const response = await fetch(`/test/fixtures/timelinejs/${name}`);
  return response.text();
}

describe('convertTimelineJS', () => {
  it('convertTimelineJS(json) keeps precision, spans, groups, media and credits, and parses cleanly', async () => {
    const { document, problems } = convertTimelineJS(JSON.parse(await text('story.json')));
    const parsed = parseTimelineDocument(document);
    expect(parsed.problems).to.deep.equal([]);
    const events = document.events as Record<string, unknown>[];
    expect(events.map((event) => event.date)).to.deep.equal(['2011', '2014-08', '2015-12-02T22:30Z', '-0043-03-15']);
    expect(events[1].end).to.equal('2015-12');
    expect(events[0].id).to.equal('gaddafi');
    expect(document.title).to.equal('Isis looks to Libya');
    expect(document.description).to.equal('How the group built a fall-back base, 2011–2015.');
    expect(document.groups).to.deep.equal([{ id: 'libya', label: 'Libya' }, { id: 'iraq-syria', label: 'Iraq & Syria' }]);
    expect(events[1].group).to.equal('iraq-syria');
    expect(events[1].media).to.deep.equal({ url: 'https://example.org/strike.jpg', alt: 'A coalition aircraft over Iraq', credit: 'Example Agency' });
    expect(events[0].summary).to.equal('Western-backed rebels end his rule & the state collapses.');
    expect(parsed.document!.events.find((event) => event.title.startsWith('An old'))!.date.year, 'TimelineJS -44 is 44 BCE').to.equal(-43);
    const said = problems.map((problem) => `${problem.severity} ${problem.path}`);
    expect(said).to.include.members([
      'error events[4].start_date', 'warning eras', 'warning events[2].start_date', 'warning events[2].media',
      'warning events[2].background', 'warning events[0].text.text',
    ]);
  });

  it('convertTimelineJS(csv) reads the Google-Sheets template to the same events', async () => {
    const fromJson = convertTimelineJS(JSON.parse(await text('story.json'))).document;
    const fromCsv = convertTimelineJS(await text('story.csv'));
    const strip = (events: unknown) => (events as Record<string, unknown>[]).map(({ id: _id, ...rest }) => rest);
    expect(strip(fromCsv.document.events)).to.deep.equal(strip(fromJson.events));
    expect(fromCsv.document.title).to.equal(fromJson.title);
    expect(fromCsv.document.groups).to.deep.equal(fromJson.groups);
    expect(fromCsv.problems.some((problem) => problem.severity === 'error' && problem.message.includes('no usable year'))).to.be.true;
  });

  it('convertTimelineJS of broken input is fatal, with the reason', async () => {
    for (const input of [await text('broken.json'), 42, null]) {
      const { problems } = convertTimelineJS(input);
      expect(problems.some((problem) => problem.severity === 'fatal'), String(input)).to.be.true;
    }
  });

  it('convertTimelineJS reports each field of the wrong type at its path, without throwing, and keeps the valid events', async () => {
    const { document, problems } = convertTimelineJS(JSON.parse(await text('wrong-types.json')));
    const said = problems.map((problem) => `${problem.severity} ${problem.path}`);
    expect(said).to.deep.equal([
      'error events[0].text.headline', 'warning events[1].group', 'warning events[2].media.caption', 'warning events[2].media',
      'warning events[3].text.text', 'error events[4].start_date', 'warning events[5].end_date', 'warning events[6].media.url',
      'warning events[7].unique_id', 'warning events[8].start_date.month', 'error events[9].text', 'warning events[10].media',
      'warning events[11].media.credit', 'error events[12].start_date.year', 'error events[13].start_date.year',
      'error events[14].start_date.year', 'error events[15].start_date.year', 'error events[16]', 'warning eras',
      'warning title.text.headline', 'warning title.text.text',
    ]);
    expect(problems[0].message).to.equal('events[0].text.headline must be text, but it is the number 123, so the event is left out.');
    expect(problems.find((problem) => problem.path === 'events[12].start_date.year')!.message).to.include('the text "  "');
    const events = document.events as Record<string, unknown>[];
    expect(events.map((event) => event.title)).to.deep.equal([
      'Group is a number', 'Caption is an object', 'Text is a list', 'End date is a list', 'Media url is a number',
      'Unique id is a number', 'Month is true', 'Media is text', 'Credit is a number', 'Valid: year text with spaces',
    ]);
    expect(events.at(-1)).to.deep.equal({ date: '2014-08', title: 'Valid: year text with spaces' });
    expect(events.find((event) => event.title === 'Credit is a number')!.media).to.deep.equal({ url: 'https://example.org/b.jpg', alt: 'B' });
    expect(document.title).to.equal(undefined);
    expect(parseTimelineDocument(document).problems).to.deep.equal([]);
  });

  it('convertTimelineJS quotes a bounded excerpt of a huge value', () => {
    const huge = 'x'.repeat(1_000_000);
    const { problems } = convertTimelineJS({ events: [{ start_date: { year: huge }, text: { headline: 'A' } }, { start_date: { year: 2015 }, text: { headline: 'B' }, media: { url: huge } }] });
    expect(problems).to.have.length(2);
    for (const problem of problems) expect(problem.message.length).to.be.below(200);
  });

  it('convertTimelineJS(text) reads JSON after a byte-order mark', () => {
    const { document, problems } = convertTimelineJS('\uFEFF{"events":[{"start_date":{"year":"2015"},"text":{"headline":"Saved on Windows"}}]}');
    expect(problems).to.deep.equal([]);
    expect(document.events).to.deep.equal([{ date: '2015', title: 'Saved on Windows' }]);
  });

  it('convertTimelineJS never throws on any JSON value, and its problems have a path into the input and a bounded message', () => {
    fc.assert(
      fc.property(fc.oneof(timelineJS, fc.jsonValue({ stringUnit: 'binary' })), fc.boolean(), (input, asText) => {
        const { document, problems } = convertTimelineJS(asText ? JSON.stringify(input) : input);
        const csv = typeof input === 'string' && !asText; // its paths count rows, not JSON
        expect(document.version).to.equal(1);
        expect(document.events).to.be.an('array');
        for (const problem of problems) {
          expect(['fatal', 'error', 'warning']).to.include(problem.severity);
          expect(problem.message.length, problem.message).to.be.below(400);
          if (!csv) expect(pathResolves(input, problem.path), problem.path).to.be.true;
        }
        for (const value of plainTextValues(document)) expect(LONE_SURROGATE.test(value), JSON.stringify(value)).to.be.false;
      }),
      { seed: 14, numRuns: 400 },
    );
  });

  it('convertTimelineJS keeps a valid slide whatever the slides around it hold', () => {
    const kept = { start_date: { year: 2015, month: 12, day: 2 }, text: { headline: 'Kept' } };
    fc.assert(
      fc.property(fc.array(slide, { maxLength: 6 }), fc.array(slide, { maxLength: 6 }), (before, after) => {
        const { document } = convertTimelineJS({ events: [...before, kept, ...after] });
        expect((document.events as Record<string, unknown>[]).some((event) => event.title === 'Kept' && event.date === '2015-12-02')).to.be.true;
      }),
      { seed: 14, numRuns: 300 },
    );
  });

  it('convertTimelineJS(data) says which slide each event came from, slides left out leaving gaps', () => {
    const slide = (year: unknown, headline: string) => ({ start_date: { year }, text: { headline } });
    const { slideIndexes, document } = convertTimelineJS({ events: [slide(2015, 'A'), slide('x', 'B'), 7, slide(2016, 'C')] });
    expect((document.events as unknown[]).length).to.equal(2);
    expect(slideIndexes).to.deep.equal([0, 3]);
  });
});

describe('convertTimelineJS, what real timelines hold', () => {
  const said = (problems: readonly { severity: string; path: string }[]) => problems.map((problem) => `${problem.severity} ${problem.path}`);

  it('convertTimelineJS keeps an event whose end is before its start, without the end, and warns', () => {
    const { document, problems } = convertTimelineJS({ events: [{ start_date: { year: 2016, month: 5 }, end_date: { year: 2015 }, text: { headline: 'Backwards' } }] });
    expect(document.events).to.deep.equal([{ date: '2016-05', title: 'Backwards' }]);
    expect(said(problems)).to.deep.equal(['warning events[0].end_date']);
    expect(parseTimelineDocument(document).problems).to.deep.equal([]);
  });

  it('convertTimelineJS titles a slide without a headline from its text, and leaves out one with neither', () => {
    const { document, problems } = convertTimelineJS({
      events: [
        { start_date: { year: 1835 }, text: { headline: '', text: '<p>Samuel Clemens is born.</p><p>More.</p>' } },
        { start_date: { year: 1836 }, text: { headline: '', text: '' } },
      ],
    });
    expect((document.events as Record<string, unknown>[]).map((event) => event.title)).to.deep.equal(['Samuel Clemens is born.']);
    expect(said(problems)).to.deep.equal(['warning events[0].text.headline', 'warning events[0].text.text', 'error events[1].text.headline']);
  });

  it('convertTimelineJS turns anchors in the text into links and keeps their words in the summary', () => {
    const { document } = convertTimelineJS({ events: [{ start_date: { year: 1815 }, text: { headline: 'Ada', text: 'Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>.' } }] });
    expect((document.events as Record<string, unknown>[])[0]).to.deep.include({
      summary: 'Take Ada Lovelace.',
      links: [{ url: 'https://en.wikipedia.org/wiki/Ada_Lovelace', label: 'Ada Lovelace' }],
    });
  });

  it('convertTimelineJS adds a quotation TimelineJS shows as media to the summary, with its links and credit', () => {
    const media = { url: '<blockquote>"We go on," <a href="https://example.org/speech">she said</a>.</blockquote>', caption: '', credit: 'A. Speaker' };
    const { document, problems } = convertTimelineJS({ events: [{ start_date: { year: 2012 }, text: { headline: 'Q', text: 'Before.' }, media }] });
    expect((document.events as Record<string, unknown>[])[0]).to.deep.equal({
      date: '2012', title: 'Q', summary: 'Before.\n"We go on," she said.\n— A. Speaker', links: [{ url: 'https://example.org/speech', label: 'she said' }],
    });
    expect(said(problems)).to.deep.equal(['warning events[0].media.url']);
  });

  it('convertTimelineJS reports the title slide\'s media by its url, and its background', () => {
    const { problems } = convertTimelineJS({ title: { media: { url: '//example.org/cover.jpg' }, background: { color: '#000' }, text: { headline: 'T' } }, events: [] });
    expect(said(problems)).to.deep.equal(['warning title.media', 'warning title.background']);
    expect(problems[0].message).to.include('"https://example.org/cover.jpg"');
  });

  it('convertTimelineJS output parses with no error for any TimelineJS-shaped input, deep time and bad parts included', () => {
    const year = fc.oneof(fc.integer({ min: -12000, max: 12000 }), fc.constantFrom('-13800000000', '0', '-1', 0), fc.integer().map(String));
    const small = fc.oneof(fc.integer({ min: -1, max: 62 }), fc.constantFrom('', '07', ' 3 '));
    const when = fc.record({ year, month: small, day: small, hour: small, minute: small, second: small }, { requiredKeys: ['year'] });
    const shaped = fc.record(
      {
        start_date: when,
        end_date: fc.oneof(when, date),
        text: fc.record({ headline: fc.oneof(html, fc.constant('')), text: fc.oneof(html, fc.constantFrom('<a href="//x.org/a">A</a> b', '<a href="https://x.org">')) }, { requiredKeys: [] }),
        media: fc.record({ url: fc.oneof(fc.webUrl(), fc.constantFrom('//farm8.staticflickr.com/a', 'https://youtu.be/x'), html), caption: html, credit: html, thumbnail: html }, { requiredKeys: [] }),
        group: html,
        unique_id: html,
      },
      { requiredKeys: ['start_date'] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(shaped, slide), { maxLength: 8 }), (events) => {
        const { document } = convertTimelineJS({ events });
        const problems = parseTimelineDocument(document).problems.filter((problem) => problem.severity !== 'warning');
        const empty = (document.events as unknown[]).length === 0;
        expect(problems.filter((problem) => !(empty && problem.path === 'events')), JSON.stringify(problems)).to.deep.equal([]);
      }),
      { seed: 19, numRuns: 500 },
    );
  });
});

// TimelineJS-shaped values whose every field may hold anything: the fields' own shapes,
// hostile text, or any JSON value at all.
const anything = fc.jsonValue({ maxDepth: 2, stringUnit: 'binary' });
const html = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('<p>One &amp; two</p>', '&#xD800;&#xDFFF;&#0;&#x110000;&#xFFFE;&#27;', '\ud800', '<<<', '  \n  ', ''),
  anything,
);
const part = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.integer().map(String), fc.constantFrom('  ', '', '1e3', '0x10', true, [], null), anything);
const date = fc.oneof(fc.record({ year: part, month: part, day: part, hour: part, minute: part }, { requiredKeys: [] }), anything);
const slide = fc.oneof(
  fc.record(
    {
      start_date: date,
      end_date: date,
      text: fc.oneof(fc.record({ headline: html, text: html }, { requiredKeys: [] }), anything),
      media: fc.oneof(fc.record({ url: fc.oneof(fc.webUrl(), html), caption: html, credit: html, alt: html }, { requiredKeys: [] }), anything),
      group: html,
      unique_id: html,
      background: anything,
    },
    { requiredKeys: [] },
  ),
  anything,
);
const timelineJS = fc.record({ title: slide, events: fc.oneof(fc.array(slide, { maxLength: 8 }), anything), eras: anything }, { requiredKeys: [] });

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether `path` (`events[3].text.headline`) leads into `input`: every list item it names
 * exists; the fields after them may be the missing ones the problem is about.
 */
function pathResolves(input: unknown, path: string): boolean {
  const steps = [...path.matchAll(/([A-Za-z_]\w*)|\[(\d+)\]/g)].map((match) => match[1] ?? Number(match[2]));
  let value = input;
  for (const [i, step] of steps.entries()) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, step)) return !steps.slice(i).some((later) => typeof later === 'number');
    value = (value as Record<string | number, unknown>)[step];
  }
  return true;
}

/** The document's texts that came out of HTML: title, description, titles, summaries, alt and credit. */
function plainTextValues(document: Record<string, unknown>): string[] {
  const events = document.events as Record<string, unknown>[];
  const media = events.map((event) => (event.media ?? {}) as Record<string, unknown>);
  return [document.title, document.description, ...events.flatMap((event) => [event.title, event.summary]), ...media.flatMap((m) => [m.alt, m.credit])].filter(
    (value): value is string => typeof value === 'string',
  );
}
