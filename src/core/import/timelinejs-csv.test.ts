import { expect } from '@open-wc/testing';
import { csvRecordLines, csvRecords, parseCsv, readSheet, sheetToTimelineJS } from './timelinejs-csv.js';
import type { TimelineProblem } from '../document/types.js';

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

  it('sheetToTimelineJS(csv) reads seconds, era rows and the display date', () => {
    const csv = 'Year,Month,Day,Time,Headline,Type,Display Date\n1900,1,6,13:45:30,Late,,Early 1900\n1900,,,,An era,era,\n';
    const { events, eras } = sheetToTimelineJS(csv) as { events: Record<string, unknown>[]; eras: unknown[] };
    expect(events[0].start_date).to.deep.include({ hour: 13, minute: 45, second: 30 });
    expect(events[0].display_date).to.equal('Early 1900');
    expect(eras).to.have.length(1);
  });

  it('sheetToTimelineJS(csv) reads a tab-separated sheet and headers in any case', () => {
    const { events } = sheetToTimelineJS('year\tHEADLINE\n2015\tA, with a comma\n') as { events: Record<string, unknown>[] };
    expect(events[0]).to.deep.include({ start_date: { year: '2015', month: undefined, day: undefined }, text: { headline: 'A, with a comma', text: undefined } });
  });

  it('sheetToTimelineJS(csv) of other columns is one fatal problem naming them and the expected ones', () => {
    const problems: TimelineProblem[] = [];
    const columns = ['startYear', 'startMonth', 'endYear', 'title', 'x'.repeat(500), ...Array.from({ length: 40 }, (_, i) => `c${i}`)];
    expect(sheetToTimelineJS(`${columns.join(',')}\n2015,1,2016,A\n2016,1,2017,B\n`, problems)).to.equal(undefined);
    expect(problems).to.have.length(1);
    expect(problems[0].severity).to.equal('fatal');
    expect(problems[0].message).to.match(/^These columns are not TimelineJS's spreadsheet template \(found "startYear", "startMonth", "endYear", "title", "x+…".* and 37 more\); expected Year, Month, Day, Time, End Year, .*Background, with at least Year and Headline\.$/);
    expect(problems[0].message.length).to.be.below(500);
  });

  it('sheetToTimelineJS(csv) reads Alt Text and Tag as TimelineJS does, and names the columns it ignores once', () => {
    const problems: TimelineProblem[] = [];
    const csv = 'Year,Headline,Media,Alt Text,Media Caption,Tag,Notes,\n2015,A,https://example.org/a.jpg,A ship,Caption,Navy,x,\n2016,B,,,,,y,\n';
    const { events } = sheetToTimelineJS(csv, problems) as { events: Record<string, unknown>[] };
    expect(events[0]).to.deep.include({ media: { url: 'https://example.org/a.jpg', alt: 'A ship', caption: 'Caption', credit: undefined, thumbnail: undefined }, group: 'Navy' });
    expect(problems.map((problem) => problem.message)).to.deep.equal(['The sheet\'s column "Notes" is not part of TimelineJS\'s template, so it was ignored.']);
  });

  it('csvRecordLines(text) gives each record the line it starts on, after quoted line breaks in LF, CRLF and CR text', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const text = ['a,"one', 'two', 'three"', 'b', '', 'c,"x"'].join(end);
      expect(csvRecordLines(text).map(({ cells, line }) => [cells[0], line]), JSON.stringify(end)).to.deep.equal([['a', 1], ['b', 4], ['', 5], ['c', 6]]);
    }
  });

  it('readSheet(text) numbers rows as a spreadsheet does (header 1, blank rows counted) and skips blank lines before the header', () => {
    const { names, headerLine, rows } = readSheet('\n\nYear,Headline\n2015,"A\nB"\n,\n2016,C\n');
    expect(names).to.deep.equal(['Year', 'Headline']);
    expect(headerLine).to.equal(3);
    expect(rows.map(({ row, line, record }) => [row, line, record.Headline])).to.deep.equal([[2, 4, 'A\nB'], [4, 7, 'C']]);
  });
});
