import { expect } from '@open-wc/testing';
import { parseEvent } from './parse-event.js';
import type { ProblemList } from './problems.js';

const groups = new Set(['libya']);

/** parseEvent's result and the problems it reported, as "severity path". */
function read(raw: unknown) {
  const problems: ProblemList = [];
  const event = parseEvent(raw, 0, groups, problems);
  return { event, problems: problems.map((problem) => `${problem.severity} ${problem.path}`), messages: problems.map((p) => p.message) };
}

describe('parseEvent', () => {
  it('parseEvent reads a plain valid event the same on the quick and the full path', () => {
    const plain = { date: '2015-12-02', end: '2015-12-03', title: 'MPs vote', summary: 'A vote.', group: 'libya' };
    // An empty tags list sends the event down the full reading: the two must agree.
    const quick = read(plain);
    const full = read({ ...plain, tags: [] });
    expect(quick.problems).to.deep.equal([]);
    expect(full.problems).to.deep.equal([]);
    expect(quick.event).to.deep.equal(full.event);
    expect(quick.event).to.include({ id: '', index: 0, title: 'MPs vote', summary: 'A vote.', group: 'libya', approximate: false });
    expect(quick.event!.endMs - quick.event!.startMs).to.equal(2 * 86_400_000);
  });

  it('parseEvent keeps a given id for the document to check', () => {
    expect(read({ id: 'vote', date: '2015', title: 'MPs vote' }).event!.id).to.equal('vote');
  });

  it('parseEvent leaves out an event without a usable date or title, naming the field', () => {
    expect(read({ title: 'MPs vote' })).to.deep.include({ event: undefined, problems: ['error events[0].date'] });
    expect(read({ date: '2015-02-30', title: 'MPs vote' })).to.deep.include({ event: undefined, problems: ['error events[0].date'] });
    expect(read({ date: '2015', title: ' ' })).to.deep.include({ event: undefined, problems: ['error events[0].title'] });
    expect(read({ date: '2015-12-03', end: '2015-12-01', title: 'x' })).to.deep.include({ event: undefined, problems: ['error events[0].end'] });
    expect(read('2015')).to.deep.include({ event: undefined, problems: ['error events[0]'] });
  });

  it('parseEvent keeps an event whose optional fields are wrong, with a warning for each', () => {
    const { event, problems, messages } = read({ date: '2015', end: null, title: 'MPs vote', summary: 1, approximate: 'yes', group: 'syria', colour: 'red' });
    expect(event).to.include({ title: 'MPs vote', approximate: false });
    expect(event).to.not.have.any.keys('summary', 'group', 'end');
    expect(problems).to.deep.equal([
      'warning events[0].colour', 'warning events[0].end', 'warning events[0].summary', 'warning events[0].approximate', 'warning events[0].group',
    ]);
    expect(messages[4]).to.equal(
      'Event 1 ("MPs vote"): group "syria" is not one of the document\'s groups (the document\'s groups are "libya"): the event is shown without a group.',
    );
  });
});
