import { expect } from '@open-wc/testing';
import { jsonPathLine, pathKeys } from './json-lines.js';

describe('json-lines', () => {
  it('pathKeys(path) reads properties, indexes and bracketed keys, and refuses what it cannot read', () => {
    expect(pathKeys('events[3].media.alt')).to.deep.equal(['events', 3, 'media', 'alt']);
    expect(pathKeys('events[0]["a b"].x')).to.deep.equal(['events', 0, 'a b', 'x']);
    expect(pathKeys('events[x]')).to.equal(undefined);
  });

  it('jsonPathLine(text, path) is the line where the value starts, past strings with brackets, quotes and escapes', () => {
    const text = '{\n  "title": "a \\"[{\\" b",\n  "events": [\n    {"date": "2015", "t": [1, {"x": "]}"}]},\n    {\n      "a b": 1,\n      "date":\n        "x"\n    }\n  ]\n}';
    expect(jsonPathLine(text, 'title')).to.equal(2);
    expect(jsonPathLine(text, 'events[0].date')).to.equal(4);
    expect(jsonPathLine(text, 'events[1]')).to.equal(5);
    expect(jsonPathLine(text, 'events[1]["a b"]')).to.equal(6);
    expect(jsonPathLine(text, 'events[1].date')).to.equal(8);
    expect(jsonPathLine(text, 'events[2]')).to.equal(undefined);
    expect(jsonPathLine(text, 'events[0].date.x')).to.equal(undefined);
    expect(jsonPathLine(text, 'missing')).to.equal(undefined);
  });
});
