import { expect } from '@open-wc/testing';
import { convertTimelineJS } from './timelinejs.js';
import { parseTimelineDocument } from './parse.js';

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
    expect(parsed.document!.events.find((event) => event.title.startsWith('An old'))!.date.year).to.equal(-43);
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
});
