import { expect } from '@open-wc/testing';
import { parseTimelineDocument } from './parse.js';
import { randomDocument } from '../../../test/helpers/random-documents.js';
import type { ParseResult, TimelineDocument } from './types.js';

const FIXTURES = new URL('../../../../test/fixtures/documents/', import.meta.url);

async function loadFixture(file: string): Promise<unknown> {
  const response = await fetch(new URL(file, FIXTURES));
  if (!response.ok) throw new Error(`fixture ${file}: HTTP ${response.status}`);
  return response.json();
}

/** The document of a result that must not be fatal. */
function documentOf(result: ParseResult): TimelineDocument {
  expect(result.document, JSON.stringify(result.problems)).to.not.equal(undefined);
  return result.document!;
}

const pathsAndSeverities = (result: ParseResult) => result.problems.map(({ path, severity }) => `${severity} ${path}`);

const vote = { date: '2015-12-02', title: 'MPs back air strikes' };

describe('parseTimelineDocument', () => {
  it('reads plain valid events the quick way to exactly what the full reading gives', () => {
    // An unknown key sends every event through the full reading (with a warning each).
    const plain = randomDocument({ events: 500, seed: 11, groups: 2, spans: 0.2 }) as { events: Record<string, unknown>[] };
    plain.events.forEach((event, i) => {
      if (i % 3 === 0) event.summary = `Summary ${i}`;
      if (i % 5 === 0) event.approximate = true;
      if (i % 7 === 0) delete event.id;
    });
    const marked = { ...plain, events: plain.events.map((event) => ({ ...event, note: 'x' })) };
    const quick = parseTimelineDocument(plain);
    const full = parseTimelineDocument(marked);
    expect(quick.problems).to.deep.equal([]);
    expect(full.problems).to.have.length(500);
    expect(quick.document!.events).to.deep.equal(full.document!.events);
    expect(quick.document!.events.map((event) => Object.keys(event).join())).to.deep.equal(
      full.document!.events.map((event) => Object.keys(event).join()),
    );
    expect(Object.isFrozen(quick.document!.events[0])).to.be.true;
  });

  describe('a valid document', () => {
    it('reads the minimal fixture with no problems', async () => {
      const result = parseTimelineDocument(await loadFixture('valid-minimal.json'));
      expect(result.problems).to.deep.equal([]);
      const [event] = documentOf(result).events;
      expect(event).to.include({ id: '2015-12-02-mps-back-air-strikes-in-syria', index: 0, title: 'MPs back air strikes in Syria', approximate: false });
      expect(event.startMs).to.equal(Date.UTC(2015, 11, 2));
      expect(event.endMs).to.equal(Date.UTC(2015, 11, 3));
    });

    it('keeps every field of the all-fields fixture', async () => {
      const document = documentOf(parseTimelineDocument(await loadFixture('valid-all-fields.json')));
      expect(document).to.include({ version: 1, title: 'Isis looks to Libya', locale: 'en-GB' });
      expect(document.source).to.deep.equal({ name: 'The Independent', url: 'https://www.independent.co.uk/news/world/africa/isis-libya-retreat-zone-a6757801.html' });
      expect(document.groups.map((group) => group.id)).to.deep.equal(['iraq-syria', 'libya']);
      const strikes = document.events.find((event) => event.id === 'us-strikes')!;
      expect(strikes.date.text).to.equal('2014-08');
      expect(strikes.end?.text).to.equal('2015-12');
      expect(strikes.endMs).to.equal(Date.UTC(2016, 0, 1));
      expect(strikes).to.include({ group: 'iraq-syria', summary: 'Around 8,300 strikes on the group follow over the next sixteen months.' });
      expect(strikes.tags).to.deep.equal(['US', 'air strikes']);
      expect(strikes.links).to.have.length(1);
      expect(strikes.media).to.deep.equal({ url: 'https://example.org/images/strike.jpg', type: 'image', alt: 'A jet taking off from a carrier deck', credit: 'Example Agency' });
      expect(document.events.find((event) => event.id === 'libya-growth')!.approximate).to.equal(true);
    });

    it('leaves optional document fields out rather than setting them to undefined', () => {
      const document = documentOf(parseTimelineDocument({ version: 1, events: [vote] }));
      expect(Object.keys(document).sort()).to.deep.equal(['events', 'groups', 'version']);
      for (const key of ['end', 'summary', 'group', 'media']) expect(document.events[0]).to.not.have.property(key);
    });

    it('keeps an HTML-looking title verbatim, neither interpreted nor escaped', async () => {
      const result = parseTimelineDocument(await loadFixture('valid-html-looking-title.json'));
      expect(result.problems).to.deep.equal([]);
      const document = documentOf(result);
      const [event] = document.events;
      expect(event.title).to.equal('<img src=x onerror=alert(1)>');
      expect(event.summary).to.equal('<script>alert("summary")</script> & "quotes" stay as typed');
      expect(document.title).to.equal('<b>Not bold</b> & not a tag');
    });

    it('canonicalises the locale through Intl', () => {
      expect(documentOf(parseTimelineDocument({ version: 1, locale: 'en-gb', events: [vote] })).locale).to.equal('en-GB');
    });
  });

  describe('order', () => {
    it('sorts events chronologically and keeps document order for the same date', async () => {
      const document = documentOf(parseTimelineDocument(await loadFixture('valid-same-date-order.json')));
      expect(document.events.map((event) => event.id)).to.deep.equal(['earlier', 'first', 'second', 'third']);
      expect(document.events.map((event) => event.index)).to.deep.equal([3, 0, 1, 2]);
    });

    it('places BC, years 0-99 and modern dates in order', async () => {
      const document = documentOf(parseTimelineDocument(await loadFixture('valid-bce-and-leap.json')));
      expect(document.events.map((event) => event.date.text)).to.deep.equal([
        '-0043-03-15', '-0004-02-29', '0000-02-29', '0043', '1600-02-29', '2000-02-29',
      ]);
    });

    it('orders minute-precision events by their UTC instant, not their wall-clock time', () => {
      const document = documentOf(parseTimelineDocument({
        version: 1,
        events: [
          { id: 'london', date: '2015-12-02T22:30Z', title: 'London' },
          { id: 'paris', date: '2015-12-02T23:00+01:00', title: 'Paris, half an hour earlier' },
        ],
      }));
      expect(document.events.map((event) => event.id)).to.deep.equal(['paris', 'london']);
    });
  });

  describe('problems', () => {
    it('reports an impossible date with path, severity and a message naming the event and field', () => {
      const result = parseTimelineDocument({
        version: 1,
        events: [vote, vote, vote, { date: '2015-02-30', title: 'MPs back air strikes' }],
      });
      expect(result.problems).to.deep.equal([{
        path: 'events[3].date',
        severity: 'error',
        message: 'Event 4 ("MPs back air strikes"): date "2015-02-30" is not a real date: February 2015 has 28 days. It is left out.',
      }]);
    });

    it('leaves out the invalid event and still draws the valid ones', async () => {
      const result = parseTimelineDocument(await loadFixture('invalid-feb-30.json'));
      const document = documentOf(result);
      expect(document.events.map((event) => event.index)).to.deep.equal([0]);
      expect(pathsAndSeverities(result)).to.deep.equal(['error events[1].date']);
    });

    it('names an event without a title by its number', () => {
      const [problem] = parseTimelineDocument({ version: 1, events: [vote, { date: '2015-12-02' }] }).problems;
      expect(problem).to.include({ path: 'events[1].title', severity: 'error' });
      expect(problem.message).to.match(/^Event 2 has no title/);
    });

    it('reports an end before the date, naming both dates', async () => {
      const [problem] = parseTimelineDocument(await loadFixture('invalid-end-before-date.json')).problems;
      expect(problem).to.include({ path: 'events[0].end', severity: 'error' });
      expect(problem.message).to.include('"2015-12-01"').and.to.include('"2015-12-02"');
    });

    it('accepts an end in the same period as the date', () => {
      const result = parseTimelineDocument({ version: 1, events: [{ ...vote, end: '2015-12-02' }, { ...vote, end: '2015' }] });
      expect(result.problems).to.deep.equal([]);
    });

    it('drops a javascript: link with a warning and keeps the event and its safe link', async () => {
      const result = parseTimelineDocument(await loadFixture('invalid-javascript-link.json'));
      expect(pathsAndSeverities(result)).to.deep.equal(['warning events[0].links[0].url']);
      expect(result.problems[0].message).to.include('javascript:alert(1)');
      expect(documentOf(result).events[0].links.map((link) => link.label)).to.deep.equal(['The Independent report']);
    });

    it('drops an image without alt text and keeps the event', async () => {
      const result = parseTimelineDocument(await loadFixture('invalid-media-no-alt.json'));
      expect(pathsAndSeverities(result)).to.deep.equal(['warning events[0].media.alt']);
      expect(documentOf(result).events[0].media).to.equal(undefined);
    });

    it('shows an event with an unknown group without a group', async () => {
      const result = parseTimelineDocument(await loadFixture('invalid-unknown-group.json'));
      expect(pathsAndSeverities(result)).to.deep.equal(['warning events[0].group']);
      expect(result.problems[0].message).to.include('"syria"').and.to.include('"uk"');
      const [withoutGroup, withGroup] = documentOf(result).events;
      expect(withoutGroup.group).to.equal(undefined);
      expect(withGroup.group).to.equal('uk');
    });

    it('warns about a missing version and assumes 1', () => {
      const result = parseTimelineDocument({ events: [vote] });
      expect(pathsAndSeverities(result)).to.deep.equal(['warning version']);
      expect(result.problems[0].message).to.include('version 1 is assumed');
      expect(documentOf(result).version).to.equal(1);
    });

    it('warns about an unknown property with its path and suggests the field meant', () => {
      const result = parseTimelineDocument({ version: 1, events: [{ ...vote, Summary: 'x', 'odd key': 1 }] });
      expect(result.problems.map((problem) => problem.path)).to.deep.equal(['events[0].Summary', 'events[0]["odd key"]']);
      expect(result.problems[0].message).to.include('did you mean "summary"?');
    });

    it('lists every problem of one event in field order', async () => {
      const result = parseTimelineDocument(await loadFixture('invalid-several-problems.json'));
      expect(pathsAndSeverities(result)).to.deep.equal([
        'warning events[0].extra', 'error events[0].date', 'error events[0].title', 'warning events[0].links[0].url',
      ]);
    });

    it('accepts $schema at the top level for editors', () => {
      const result = parseTimelineDocument({ $schema: 'https://unpkg.com/news-timeline/dist/schema.json', version: 1, events: [vote] });
      expect(result.problems).to.deep.equal([]);
    });
  });

  describe('ids', () => {
    it('derives a readable id from the date and title', () => {
      const [event] = documentOf(parseTimelineDocument({ version: 1, events: [vote] })).events;
      expect(event.id).to.equal('2015-12-02-mps-back-air-strikes');
    });

    it('makes derived ids unique and never takes a given id', () => {
      const document = documentOf(parseTimelineDocument({
        version: 1,
        events: [vote, vote, { ...vote, id: '2015-12-02-mps-back-air-strikes' }],
      }));
      expect(document.events.map((event) => event.id)).to.deep.equal([
        '2015-12-02-mps-back-air-strikes-2', '2015-12-02-mps-back-air-strikes-3', '2015-12-02-mps-back-air-strikes',
      ]);
    });

    it('keeps a repeated id on the first event and gives the later one a numbered id, with a warning naming both', async () => {
      const result = parseTimelineDocument(await loadFixture('invalid-duplicate-ids.json'));
      expect(pathsAndSeverities(result)).to.deep.equal(['warning events[1].id']);
      expect(result.problems[0].message).to.include('Event 2 ("RAF jets hit oil fields in eastern Syria")')
        .and.to.include('event 1 ("MPs back air strikes in Syria")')
        .and.to.include('"uk-vote-3"');
      expect(documentOf(result).events.map((event) => event.id)).to.deep.equal(['uk-vote', 'uk-vote-3', 'uk-vote-2']);
    });
  });

  describe('fatal documents', () => {
    const fatalCases: [string, unknown, string][] = [
      ['a JSON array', [vote], ''],
      ['null', null, ''],
      ['text', '{"version": 1}', ''],
      ['no events list', { version: 1 }, 'events'],
      ['events that are not a list', { version: 1, events: { a: vote } }, 'events'],
      ['an empty events list', { version: 1, events: [] }, 'events'],
    ];
    for (const [what, input, path] of fatalCases) {
      it(`is fatal for ${what}`, () => {
        const result = parseTimelineDocument(input);
        expect(result.document).to.equal(undefined);
        expect(result.problems.at(-1)).to.include({ severity: 'fatal', path });
      });
    }

    it('says the list is empty when there are no events', () => {
      expect(parseTimelineDocument({ version: 1, events: [] }).problems[0].message).to.include('"events" list is empty');
    });

    it('says how many events there were when none could be used', async () => {
      const result = parseTimelineDocument(await loadFixture('invalid-all-events-unusable.json'));
      expect(pathsAndSeverities(result)).to.deep.equal(['error events[0].date', 'error events[1].date', 'fatal events']);
      expect(result.problems[2].message).to.include('None of the 2 events could be used');
      const [, only] = parseTimelineDocument({ version: 1, events: [{ date: '2015-02-30', title: 'Only' }] }).problems;
      expect(only.message).to.match(/^The only event could not be used, so there is nothing to draw/);
    });
  });

  describe('purity', () => {
    it('does not mutate its input', async () => {
      const input = await loadFixture('valid-all-fields.json');
      const before = JSON.stringify(input);
      parseTimelineDocument(input);
      parseTimelineDocument(await loadFixture('invalid-unknown-properties.json'));
      expect(JSON.stringify(input)).to.equal(before);
    });

    it('returns frozen objects that share nothing with the input', () => {
      const tags = ['UK'];
      const input = { version: 1, events: [{ ...vote, tags }] };
      const document = documentOf(parseTimelineDocument(input));
      expect(Object.isFrozen(document)).to.equal(true);
      expect(Object.isFrozen(document.events[0])).to.equal(true);
      expect(Object.isFrozen(document.events[0].date)).to.equal(true);
      expect(document.events[0].tags).to.not.equal(tags);
      expect(() => (document.events as unknown[]).push(1)).to.throw(TypeError);
    });

    it('ignores properties inherited from a prototype', () => {
      const event = Object.assign(Object.create({ media: { url: 'https://example.org/a.jpg' } }) as object, vote);
      const result = parseTimelineDocument({ version: 1, events: [event] });
      expect(result.problems).to.deep.equal([]);
      expect(documentOf(result).events[0].media).to.equal(undefined);
    });
  });
});
