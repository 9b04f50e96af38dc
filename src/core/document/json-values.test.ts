import { expect } from '@open-wc/testing';
import { isNonBlankString, isRecord, own } from './json-values.js';

describe('JSON values', () => {
  it('isRecord takes plain objects only: not lists, null or text', () => {
    expect([{}, { a: 1 }, [], null, 'x', 1].map(isRecord)).to.deep.equal([true, true, false, false, false, false]);
  });

  it('isNonBlankString wants one character that is not a space', () => {
    expect(['x', ' x ', '', ' \n\t\u00a0', 1, undefined].map(isNonBlankString)).to.deep.equal([true, true, false, false, false, false]);
  });

  it('own reads own properties only, not inherited ones', () => {
    const record = Object.create({ title: 'inherited' }) as Record<string, unknown>;
    record.date = '2015';
    expect(own(record, 'date')).to.equal('2015');
    expect(own(record, 'title')).to.equal(undefined);
    expect(own({}, 'toString')).to.equal(undefined);
  });
});
