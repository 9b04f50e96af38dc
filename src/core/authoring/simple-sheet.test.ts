import { expect } from '@open-wc/testing';
import { readSheet } from '../import/timelinejs-csv.js';
import { isSimpleSheet, SIMPLE_COLUMNS, simpleSheetTemplate, simpleSheetToDocument } from './simple-sheet.js';

describe('simple-sheet', () => {
  it('simpleSheetTemplate() is the header and two rows of the simple columns, as CSV', () => {
    const { names, rows } = readSheet(simpleSheetTemplate());
    expect(names).to.deep.equal([...SIMPLE_COLUMNS]);
    expect(rows.map(({ record }) => record.Title)).to.deep.equal(['US-led coalition bombs Isis in Iraq and Syria', 'Isis in Libya swells to thousands of fighters']);
    expect(rows[1].record.Summary).to.contain('"contingency planning"');
  });

  it('isSimpleSheet(names) needs Date and Title, in any case', () => {
    expect(isSimpleSheet(['date', 'TITLE'])).to.equal(true);
    expect(isSimpleSheet(['Date', 'Headline'])).to.equal(false);
  });

  it('simpleSheetToDocument(table) makes each row an event, groups from labels, and names unknown columns and Approximate values', () => {
    const table = readSheet('Date,End,Title,Group,Image,Image alt,Image credit,Link label,Approximate,Notes\n2015,2016,A,Iraq & Syria,https://example.org/a.jpg,A ship,AP,,c.,x\n2017,,B,Iraq & Syria,,,,Label only,sometimes,\n');
    const { document, rows, columns, problems } = simpleSheetToDocument(table);
    expect(document).to.deep.equal({
      version: 1,
      groups: [{ id: 'iraq-syria', label: 'Iraq & Syria' }],
      events: [
        { date: '2015', end: '2016', title: 'A', group: 'iraq-syria', media: { url: 'https://example.org/a.jpg', alt: 'A ship', credit: 'AP' }, approximate: true },
        { date: '2017', title: 'B', group: 'iraq-syria', links: [{ url: '', label: 'Label only' }] },
      ],
    });
    expect(rows.map(({ row }) => row)).to.deep.equal([2, 3]);
    expect(columns.get('Image alt')).to.equal('Image alt');
    expect(problems.map(({ path, severity, message }) => [path, severity, message])).to.deep.equal([
      ['', 'warning', `The column(s) "Notes" are not among ${SIMPLE_COLUMNS.join(', ')}, so they were ignored.`],
      ['events[1].approximate', 'warning', 'Approximate "sometimes" is neither "yes" nor empty, so the date is taken as exact.'],
    ]);
  });
});
