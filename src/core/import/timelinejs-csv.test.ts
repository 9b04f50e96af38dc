import { expect } from '@open-wc/testing';
import { csvRecords, parseCsv, sheetToTimelineJS } from './timelinejs-csv.js';

describe('timelinejs-csv', () => {
  it('parseCsv(text) reads quoted commas, doubled quotes, newlines in quotes and CRLF rows, and skips blank rows', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n\r\n"two\nlines",x\n,\n')).to.deep.equal([
      ['a', 'b, c', 'say "hi"'],
      ['two\nlines', 'x'],
    ]);
  });

  it('csvRecords(text) keys rows by the trimmed header and drops one byte-order mark', () => {
    expect(csvRecords('\uFEFFYear , Headline\n2015,  Strikes \n2016')).to.deep.equal([
      { Year: '2015', Headline: 'Strikes' },
      { Year: '2016', Headline: '' },
    ]);
    expect(csvRecords('')).to.deep.equal([]);
  });

  it('sheetToTimelineJS(csv) makes the title row the title and reads 12-hour times', () => {
    const csv = 'Year,Month,Day,Time,End Year,Headline,Type,Group\n,,,,,The story,title,\n2015,12,2,10:30 PM,2016,Vote,,UK\n2015,1,1,12:05 am,,Midnight,,\n';
    const { title, events } = sheetToTimelineJS(csv) as { title: Record<string, unknown>; events: Record<string, unknown>[] };
    expect(title.text).to.deep.equal({ headline: 'The story', text: undefined });
    expect(events).to.have.length(2);
    expect(events[0]).to.deep.include({ start_date: { year: '2015', month: '12', day: '2', hour: 22, minute: 30 }, group: 'UK' });
    expect((events[0].end_date as Record<string, unknown>).year).to.equal('2016');
    expect(events[1].start_date).to.deep.include({ hour: 0, minute: 5 });
    expect(events[1].end_date).to.equal(undefined);
  });
});
