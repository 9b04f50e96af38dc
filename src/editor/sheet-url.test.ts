import { expect } from '@open-wc/testing';
import { sheetFetchFailure, sheetUrl } from './sheet-url.js';

describe('sheetUrl(text)', () => {
  it('keeps a published CSV link as it is', () => {
    const link = 'https://docs.google.com/spreadsheets/d/e/2PACX-abc/pub?output=csv';
    expect(sheetUrl(`  ${link} `)).to.equal(link);
  });

  it('turns a sheet’s edit link into its CSV export', () => {
    expect(sheetUrl('https://docs.google.com/spreadsheets/d/1AbC-d_9/edit#gid=0')).to.equal('https://docs.google.com/spreadsheets/d/1AbC-d_9/export?format=csv');
  });

  it('refuses what is not a web address', () => {
    for (const text of ['', 'story.csv', 'javascript:alert(1)', 'file:///etc/passwd']) expect(sheetUrl(text), text).to.be.undefined;
  });
});

describe('sheetFetchFailure(error)', () => {
  it('says why and how to paste instead', () => {
    expect(sheetFetchFailure(new TypeError('Failed to fetch'))).to.include('could not reach it').and.include('paste');
    expect(sheetFetchFailure(new Error('the server answered 404'))).to.include('answered 404');
  });
});
