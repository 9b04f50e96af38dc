import { expect } from '@open-wc/testing';
import { locateSheetProblem, SLIDE_FIELD_COLUMNS } from './sheet-problems.js';

describe('locateSheetProblem', () => {
  const record = { year: '2015', Time: '10:30', Tag: 'Navy', Text: 'x'.repeat(500) };
  const origin = { record, row: 7, line: 9 };
  const place = { headerLine: 1, columns: new Map([['Year', 'year'], ['Time', 'Time'], ['Tag', 'Tag'], ['Text', 'Text']]) };
  const at = (path: string, message: string) =>
    locateSheetProblem({ path, message, severity: 'warning' }, place, (index) => (index === 4 ? origin : undefined), SLIDE_FIELD_COLUMNS);

  it('names a time-zone note by the Time cell, a group by Tag when the sheet has no Group, and bounds the cell', () => {
    expect(at('events[4].start_date', 'events[4].start_date has a time with no time zone; it is taken as UTC.')).to.include({
      message: 'Row 7, Time: This row has a time with no time zone; it is taken as UTC.', row: 7, column: 'Time', value: '10:30', line: 9,
    });
    expect(at('events[4].group', 'events[4].group must be text')).to.include({ column: 'Tag', value: 'Navy', message: 'Row 7, Tag: This cell must be text' });
    const text = at('events[4].text.text', 'events[4]: HTML formatting in the text was removed.');
    expect(text.message).to.equal('Row 7, Text: HTML formatting in the text was removed.');
    expect(text.value).to.have.length(100);
  });

  it('keeps a problem it cannot place as it is, and names one without a column by its row', () => {
    expect(at('eras', 'Eras were not carried over.')).to.deep.equal({ path: 'eras', message: 'Eras were not carried over.', severity: 'warning' });
    expect(at('events[5].text', 'x')).to.deep.equal({ path: 'events[5].text', message: 'x', severity: 'warning' });
    expect(at('events[4].unique_id', 'events[4].unique_id must be text')).to.deep.equal({ path: 'events[4].unique_id', message: 'Row 7: This cell must be text', severity: 'warning', row: 7, line: 9 });
  });
});
