import { expect } from '@open-wc/testing';
import { eventName, report, reportUnknownKeys, type ProblemList } from './problems.js';

describe('problems', () => {
  it('report appends a frozen problem', () => {
    const problems: ProblemList = [];
    report(problems, 'warning', 'events[0].tags', 'Event 1: tags must be a list.');
    expect(problems).to.deep.equal([{ path: 'events[0].tags', message: 'Event 1: tags must be a list.', severity: 'warning' }]);
    expect(Object.isFrozen(problems[0])).to.equal(true);
  });

  it('reportUnknownKeys warns about each unknown key, suggesting the field meant', () => {
    const problems: ProblemList = [];
    reportUnknownKeys({ date: '2015', Title: 'x', colour: 'red' }, ['date', 'title'], 'events[0]', 'Event 1', problems);
    expect(problems.map((problem) => `${problem.severity} ${problem.path}: ${problem.message}`)).to.deep.equal([
      'warning events[0].Title: Event 1: "Title" is not part of the timeline format, so it is ignored (did you mean "title"?).',
      'warning events[0].colour: Event 1: "colour" is not part of the timeline format, so it is ignored.',
    ]);
  });

  it('eventName numbers the event from 1 and adds its title, else its id', () => {
    expect(eventName(3, { title: ' MPs vote ', id: 'vote' })).to.equal('Event 4 ("MPs vote")');
    expect(eventName(3, { title: ' ', id: 'vote' })).to.equal('Event 4 (id "vote")');
    expect(eventName(0, 'junk')).to.equal('Event 1');
  });
});
