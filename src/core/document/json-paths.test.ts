import { expect } from '@open-wc/testing';
import { itemPath, keyPath, propertyPath } from './json-paths.js';
import { QUOTED_LENGTH } from './quote-text.js';

describe('JSON paths', () => {
  it('propertyPath joins identifiers with a dot and brackets other keys', () => {
    const cases: [string, string][] = [['events[3]', 'date'], ['', 'events'], ['events[3]', 'the date'], ['', '"]']];
    expect(cases.map(([base, key]) => propertyPath(base, key))).to.deep.equal(['events[3].date', 'events', 'events[3]["the date"]', '["\\"]"]']);
  });

  it('itemPath indexes a list', () => {
    expect(itemPath('events', 3)).to.equal('events[3]');
  });

  it('keyPath names the object instead of a key longer than a quoted text', () => {
    expect(keyPath('events[0]', 'x'.repeat(QUOTED_LENGTH))).to.equal(`events[0].${'x'.repeat(QUOTED_LENGTH)}`);
    expect(keyPath('events[0]', 'x'.repeat(QUOTED_LENGTH + 1))).to.equal('events[0]');
  });
});
