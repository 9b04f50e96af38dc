import { expect } from '@open-wc/testing';
import { buildLanes } from './lanes.js';
import { parse } from '../../../test/helpers/parse.js';

const groups = [
  { id: 'syria', label: 'Syria' },
  { id: 'libya', label: 'Libya' },
  { id: 'uk', label: 'UK' },
];

/** A document with the three groups and these events. */
const grouped = (events: unknown[]) => parse({ version: 1, groups, events });

describe('buildLanes', () => {
  it('makes one lane per group in document order, then a shared lane for events without one', () => {
    const document = grouped([
      { date: '2015-12-01', title: 'Strikes on Raqqa', group: 'syria' },
      { date: '2015-12-02', title: 'Commons vote' },
      { date: '2015-12-03', title: 'Sirte', group: 'libya' },
    ]);
    const { lanes, laneOf } = buildLanes(document, true);
    expect(lanes).to.deep.equal([
      { id: 'syria', label: 'Syria' },
      { id: 'libya', label: 'Libya' },
      { id: 'uk', label: 'UK' },
      { id: null, label: null },
    ]);
    expect([...laneOf]).to.deep.equal([0, 3, 1]);
  });

  it('keeps a group\'s lane with no events in it, and adds no shared lane when every event has a group', () => {
    const document = grouped([
      { date: '2015-12-03', title: 'Sirte', group: 'libya' },
      { date: '2015-12-01', title: 'Strikes on Raqqa', group: 'syria' },
    ]);
    const { lanes, laneOf } = buildLanes(document, true);
    expect(lanes.map((lane) => lane.id)).to.deep.equal(['syria', 'libya', 'uk']);
    // Events are in date order: Raqqa (Syria) first.
    expect([...laneOf]).to.deep.equal([0, 1]);
  });

  it('puts everything in one unnamed lane without groups, or when not by group (vertical)', () => {
    const withGroups = grouped([{ date: '2015', title: 'A', group: 'uk' }, { date: '2016', title: 'B' }]);
    const plain = parse({ version: 1, events: [{ date: '2015', title: 'A' }, { date: '2016', title: 'B' }] });
    for (const [document, byGroup] of [[withGroups, false], [plain, true]] as const) {
      const { lanes, laneOf } = buildLanes(document, byGroup);
      expect(lanes).to.deep.equal([{ id: null, label: null }]);
      expect([...laneOf]).to.deep.equal([0, 0]);
    }
  });

  it('reads each event\'s group from the groupOf given', () => {
    const document = grouped([{ date: '2015', title: 'A' }, { date: '2016', title: 'B' }]);
    const { lanes, laneOf } = buildLanes(document, true, Int32Array.from([2, -1]));
    expect([...laneOf]).to.deep.equal([2, 3]);
    expect(lanes[3]).to.deep.equal({ id: null, label: null });
  });
});
