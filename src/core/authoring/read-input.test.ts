import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readTimelineInput } from './read-input.js';
import { simpleSheetTemplate } from './simple-sheet.js';
import { plainText } from '../import/timelinejs.js';

const titles = (document: Record<string, unknown> | undefined) => (document?.events as { title: string }[]).map((event) => event.title);

describe('readTimelineInput', () => {
  it('reads TimelineJS\'s sheet with its title row, keeps the valid rows and names the bad ones by row, column, cell and line', () => {
    const csv = [
      'Year,Month,Day,Headline,Text,Type',
      ',,,The story,Told in rows,title',
      '2015,1,2,Good,"two',
      'lines",',
      '2015,13,1,Bad month,,',
      ',,,No year,,',
      '2016,2,3,Last,,',
    ].join('\r\n');
    const { kind, document, problems } = readTimelineInput(csv);
    expect(kind).to.equal('timelinejs-sheet');
    expect(document).to.deep.include({ title: 'The story', description: 'Told in rows' });
    expect(titles(document)).to.deep.equal(['Good', 'Bad month', 'Last']);
    expect(problems).to.deep.equal([
      {
        path: 'events[1].start_date.month', severity: 'warning', row: 4, column: 'Month', value: '13', line: 5,
        message: 'Row 4, Month: This cell must be a whole number from 1 to 12, but it is the text "13", so the date keeps only its year.',
      },
      { path: 'events[2].start_date', severity: 'error', row: 5, column: 'Year', value: '', line: 6, message: 'Row 5, Year: This row has no usable year, so this row is left out.' },
    ]);
  });

  it('names the title row, the header and the sheet\'s own spelling of a column', () => {
    const csv = 'year\theadline\tmedia\tTYPE\tNotes\n\tStory\thttps://example.org/a.jpg\ttitle\tx\n2015\tA\t\t\t\n';
    const { problems } = readTimelineInput(csv);
    expect(problems.map(({ row, column, line }) => ({ row, column, line }))).to.deep.equal([
      { row: 1, column: undefined, line: 1 },
      { row: 2, column: 'media', line: 2 },
    ]);
    expect(problems[0].message).to.match(/^Row 1 \(the header\): The sheet's column "Notes"/);
    expect(problems[1].message).to.match(/^Row 2, media: The title slide's media/);
  });

  it('names a problem the parser finds in a converted row by the row and column it came from', () => {
    const csv = 'Year,Headline,Media\n2015,A,https://example.org/a.jpg\n2016,B,\n';
    const { problems } = readTimelineInput(csv);
    const media = problems.find((problem) => problem.path === 'events[0].media');
    expect(media).to.include({ row: 2, column: 'Media', value: 'https://example.org/a.jpg', line: 2 });
  });

  it('reads our simple columns as CSV or TSV, with a problem per bad row and every other row kept', () => {
    const tsv = 'Date\tTitle\tGroup\tApproximate\tLink\n2015\tA\tLibya\tyes\t\nsoon\tB\t\t\t\n2016\tC\tLibya\tmaybe\tjavascript:alert(1)\n';
    const { kind, document, problems } = readTimelineInput(tsv);
    expect(kind).to.equal('simple-sheet');
    expect(document?.events).to.deep.equal([
      { date: '2015', title: 'A', group: 'libya', approximate: true },
      { date: '2016', title: 'C', group: 'libya', links: [{ url: 'javascript:alert(1)', label: 'javascript:alert(1)' }] },
    ]);
    expect(document?.groups).to.deep.equal([{ id: 'libya', label: 'Libya' }]);
    expect(problems.map(({ row, column, severity }) => `${row} ${column} ${severity}`)).to.deep.equal(['4 Approximate warning', '3 Date error', '4 Link warning']);
    expect(problems[1].message).to.match(/^Row 3, Date: Date "soon" is not a date .* This row is left out\.$/);
  });

  it('leaves the parser\'s problem with the whole document unplaced when every row is wrong', () => {
    for (const sheet of ['Date,Title\nsoon,A\n', 'Year,Headline\nsoon,A\n']) {
      const { document, problems } = readTimelineInput(sheet);
      expect(document, sheet).to.equal(undefined);
      expect(problems.map(({ severity, row }) => [severity, row]), sheet).to.deep.equal([['error', 2], ['fatal', undefined]]);
      expect(problems[1].message).not.to.match(/^Row/);
    }
  });

  it('reads pasted cells with quotes, commas, line breaks and a leading = + - @ as the plain text they are', () => {
    const cells = ['=HYPERLINK("http://evil.example","x")', '+1 more', '-3 dead, "at least"', '@newsdesk\nsecond line'];
    const csv = `Date,Title,Summary\n${cells.map((cell) => `2015,"${cell.replace(/"/g, '""')}","${cell.replace(/"/g, '""')}"`).join('\n')}\n`;
    const { document, problems } = readTimelineInput(csv);
    expect(problems).to.deep.equal([]);
    expect(document?.events).to.deep.equal(cells.map((cell) => ({ date: '2015', title: cell, summary: cell })));
  });

  it('reads its own simple template back into the article\'s two example events', async () => {
    const article = (await (await fetch('/demo/data/isis-libya-2015.json')).json()) as { events: Record<string, unknown>[] };
    const { kind, document, problems } = readTimelineInput(simpleSheetTemplate());
    expect(kind).to.equal('simple-sheet');
    expect(problems).to.deep.equal([]);
    const events = document?.events as Record<string, unknown>[];
    for (const [read, original] of [[events[0], article.events[1]], [events[1], article.events[2]]]) {
      for (const key of ['date', 'end', 'title', 'summary', 'approximate']) expect(read[key], key).to.deep.equal(original[key]);
      expect((read.links as unknown[])[0]).to.deep.equal((original.links as unknown[])[0]);
    }
  });

  it('reads TimelineJS3 JSON, giving a problem the line where its value starts', () => {
    const json = '{\n  "events": [\n    { "start_date": { "year": 2015 }, "text": { "headline": "A" } },\n    { "start_date": {\n      "year": "soon" }, "text": { "headline": "B" } }\n  ]\n}';
    const { kind, document, problems } = readTimelineInput(json);
    expect(kind).to.equal('timelinejs-json');
    expect(titles(document)).to.deep.equal(['A']);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ path: 'events[1].start_date.year', severity: 'error', line: 5 });
  });

  it('reads our JSON, leaving out the events the parser leaves out and giving each problem its line', () => {
    const json = '{\n  "version": 1,\n  "events": [\n    { "date": "2015", "title": "A" },\n    { "title": "B",\n      "date": "x" }\n  ]\n}';
    const { kind, document, problems } = readTimelineInput(json);
    expect(kind).to.equal('document-json');
    expect(titles(document)).to.deep.equal(['A']);
    expect(problems[0]).to.include({ path: 'events[1].date', severity: 'error', line: 6 });
    expect(problems[0].row).to.equal(undefined);
  });

  it('is one fatal problem saying what it expected for anything else', () => {
    for (const [text, line] of [['Name,Born\nAda,1815\n', 1], ['{"version": 1,\n"events": [}', 2], ['', undefined], ['[1, 2]', undefined], ['{"name": "x"}', undefined]] as const) {
      const { kind, document, problems } = readTimelineInput(text);
      expect(kind, text).to.equal(undefined);
      expect(document, text).to.equal(undefined);
      expect(problems, text).to.have.length(1);
      expect(problems[0]).to.include({ severity: 'fatal', path: '' });
      expect(problems[0].message).to.match(/Expected a spreadsheet as CSV or TSV, with TimelineJS's template columns .* or our simple columns \(Date, End, Title, .*\), or TimelineJS3 JSON, or a news-timeline JSON document\.$/);
      expect(problems[0].message.length).to.be.below(900);
      // Engines word JSON errors differently; only the sheet's header line is certain.
      if (line === 1) expect(problems[0].line).to.equal(1);
    }
  });

  it('never loses a valid row because another row is wrong', () => {
    const text = fc.stringMatching(/^[a-zA-Z0-9 ,"=+\-@\n<é]{1,20}$/).filter((title) => title.trim() !== '');
    const row = fc.record({ good: fc.boolean(), title: text, year: fc.integer({ min: 1000, max: 2999 }), month: fc.integer({ min: 1, max: 12 }) });
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.boolean(), fc.boolean(), (rows, simple, tabs) => {
        const separator = tabs ? '\t' : ',';
        const header = simple ? ['Date', 'Title'] : ['Year', 'Month', 'Headline'];
        const lines = rows.map(({ good, title, year, month }) => {
          const date = good ? [String(year), String(month)] : ['not a year', String(month)];
          return (simple ? [date.join('-').replace(/-(\d)$/, '-0$1'), title] : [...date, title]).map(quote).join(separator);
        });
        const { document, problems } = readTimelineInput(`${header.join(separator)}\n${lines.join('\n')}\n`);
        // TimelineJS's cells are HTML (its headline "<b>A</b>" reads "A"); ours are text as typed.
        const goodTitles = rows.filter(({ good }) => good).map(({ title }) => (simple ? title.trim() : plainText(title)));
        // With no valid row at all there is nothing to draw: no document, and a fatal problem says so.
        expect(document ? titles(document) : []).to.deep.equal(goodTitles);
        const badRows = rows.flatMap(({ good }, i) => (good ? [] : [i + 2]));
        expect(problems.filter(({ severity }) => severity === 'error').map(({ row }) => row)).to.deep.equal(badRows);
      }),
      { numRuns: 150 },
    );
  });
});
