import { expect } from '@open-wc/testing';
import { jsonLineFinder, jsonPathLine, pathKeys } from './json-lines.js';

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

  it('jsonLineFinder(text) answers paths in any order as a fresh scan does, resuming where its walks got to', () => {
    const events = Array.from({ length: 50 }, (_, i) => `    {"title": "e${i}",\n     "date": "${i}"}`);
    const text = `{\n  "events": [\n${events.join(',\n')}\n  ],\n  "title": "t"\n}`;
    const lineOf = jsonLineFinder(text);
    const paths = ['events[30].date', 'events[2]', 'title', 'events[49].title', 'events[30].title', 'events[50]', 'events[0].date', 'events'];
    const fresh = paths.map((path) => jsonPathLine(text, path));
    expect(fresh).to.deep.equal([64, 7, 104, 101, 63, undefined, 4, 2]);
    expect(paths.map(lineOf)).to.deep.equal(fresh);
    expect(paths.map(lineOf)).to.deep.equal(fresh);
  });
});
