import { expect } from '@open-wc/testing';
import { parseTimelineDocument } from './parse.js';
import { documentDomain } from './scale.js';
import { deriveTimelineView } from './view.js';
import type { TimelineDocument } from './types.js';

function parse(input: unknown): TimelineDocument {
  const { document } = parseTimelineDocument(input);
  if (!document) throw new Error('fixture did not parse');
  return document;
}

describe('deriveTimelineView', () => {
  const doc = parse({
    version: 1,
    events: [
      { id: 'campaign', date: '2014-08', end: '2015-12', title: 'Air campaign' },
      { id: 'vote', date: '2015-12-02', title: 'Commons vote' },
      { id: 'russia', date: '2015-09', title: 'Russia joins' },
      { id: 'gaddafi', date: '2011', title: 'Gaddafi overthrown' },
    ],
  });

  it('deriveTimelineView keeps chronological order and labels each event in the locale', () => {
    const view = deriveTimelineView(doc, { domain: documentDomain(doc.events), width: 900, locale: 'en-GB' });
    expect(view.items.map((item) => item.event.id)).to.deep.equal(['gaddafi', 'campaign', 'russia', 'vote']);
    expect(view.items.map((item) => item.dateLabel)).to.deep.equal([
      '2011', 'August 2014 – December 2015', 'September 2015', '2 December 2015',
    ]);
    expect(view.items.map((item) => item.datetime)).to.deep.equal(['2011', '2014-08', '2015-09', '2015-12-02']);
  });

  it('deriveTimelineView gives spans a bar from start to end and keeps anchors inside the plot', () => {
    const view = deriveTimelineView(doc, { domain: documentDomain(doc.events), width: 900, locale: 'en-GB' });
    const campaign = view.items.find((item) => item.event.id === 'campaign')!;
    expect(campaign.bar).to.exist;
    expect(campaign.bar!.left).to.be.closeTo(campaign.anchorX, 1e-6);
    for (const item of view.items) {
      expect(item.anchorX).to.be.within(0, 900);
      expect(item.labelLeft).to.be.at.least(0);
      expect(item.labelLeft + item.labelWidth).to.be.at.most(900);
    }
  });

  it('deriveTimelineView never lets two labels in one row overlap', () => {
    const view = deriveTimelineView(doc, { domain: documentDomain(doc.events), width: 400, locale: 'en-GB' });
    for (const a of view.items) {
      for (const b of view.items) {
        if (a === b || a.row !== b.row) continue;
        const apart = a.labelLeft + a.labelWidth <= b.labelLeft || b.labelLeft + b.labelWidth <= a.labelLeft;
        expect(apart, `${a.event.id} and ${b.event.id} overlap in row ${a.row}`).to.be.true;
      }
    }
    expect(view.rowCount).to.equal(Math.max(...view.items.map((item) => item.row)) + 1);
  });

  it('deriveTimelineView keeps tick labels at the edges inside the plot', () => {
    const view = deriveTimelineView(doc, { domain: documentDomain(doc.events), width: 900, locale: 'en-GB' });
    expect(view.ticks.length).to.be.greaterThan(2);
    for (const tick of view.ticks) {
      const width = tick.label.length * 7;
      const left = { start: tick.x, middle: tick.x - width / 2, end: tick.x - width }[tick.anchor];
      expect(left, tick.label).to.be.at.least(-1e-9);
      expect(left + width, tick.label).to.be.at.most(900 + 1e-9);
    }
  });

  it('deriveTimelineView leaves events outside the window out of the rows but in the list', () => {
    const [start] = documentDomain(doc.events);
    const view = deriveTimelineView(doc, { domain: [start, Date.UTC(2012, 0, 1)], width: 900, locale: 'en-GB' });
    expect(view.items).to.have.length(4);
    expect(view.items.map((item) => item.visible)).to.deep.equal([true, false, false, false]);
    expect(view.items.map((item) => item.row)).to.deep.equal([0, -1, -1, -1]);
  });
});
