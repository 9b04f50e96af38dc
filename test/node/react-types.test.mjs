// The React types against the Custom Elements Manifest: every attribute, writable property and
// event the manifest lists must be a prop of the `news-timeline/react` wrapper and of the bare
// `<news-timeline>` in JSX, events with their own event class. Reads the built dist/
// (`npm run build && node --test test/node/react-types.test.mjs`) through the TypeScript checker,
// so types derived by @lit/react count as well as written ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === 'news-timeline');

// What a page can set: instance fields that are public and writable (not `view`, `problems`).
const settable = element.members
  .filter((member) => member.kind === 'field' && !member.static && !member.readonly)
  .filter((member) => (member.privacy ?? 'public') === 'public')
  .map((member) => member.name);

const PROBE = resolve('react-types-probe.ts');
const PROBE_TEXT = `
import type { ComponentProps, JSX } from 'react';
import type { NewsTimeline } from './dist/react/index.js';
export type Wrapper = ComponentProps<typeof NewsTimeline>;
export type Bare = JSX.IntrinsicElements['news-timeline'];
`;

/** The props of the wrapper and of the bare tag, each as a map from prop name to its type, and the probe's errors. */
function reactProps() {
  const options = { strict: true, module: ts.ModuleKind.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, jsx: ts.JsxEmit.ReactJSX, lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'], types: [], noEmit: true };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, ...rest) =>
    resolve(name) === PROBE ? ts.createSourceFile(name, PROBE_TEXT, version) : getSourceFile.call(host, name, version, ...rest);
  host.fileExists = (name) => resolve(name) === PROBE || fileExists.call(host, name);
  host.readFile = (name) => (resolve(name) === PROBE ? PROBE_TEXT : readFile.call(host, name));
  const program = ts.createProgram([PROBE], options, host);
  const checker = program.getTypeChecker();
  const probe = program.getSourceFile(PROBE);
  const errors = ts.getPreEmitDiagnostics(program, probe).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  const propsOf = (alias) => {
    const node = probe.statements.find((statement) => ts.isTypeAliasDeclaration(statement) && statement.name.text === alias);
    const type = checker.getTypeAtLocation(node.name);
    return new Map(checker.getPropertiesOfType(type).map((symbol) => [symbol.name, checker.getTypeOfSymbolAtLocation(symbol, node)]));
  };
  /** The class name of the first parameter of a handler type, e.g. `TimelineSelectEvent`. */
  const eventClassOf = (handler) => {
    const signature = checker.getNonNullableType(handler).getCallSignatures()[0];
    const parameter = signature?.getParameters()[0];
    return parameter ? checker.typeToString(checker.getTypeOfSymbolAtLocation(parameter, probe)) : undefined;
  };
  return { wrapper: propsOf('Wrapper'), bare: propsOf('Bare'), errors, eventClassOf };
}

const { wrapper, bare, errors, eventClassOf } = reactProps();

test('the manifest lists the element with attributes, properties and events', () => {
  assert.ok(element, 'dist/custom-elements.json has no <news-timeline>: run npm run build');
  assert.ok(element.attributes.length > 0 && settable.length > 0 && element.events.length > 0);
});

test('the React types compile with no error', () => {
  assert.deepEqual(errors, []);
});

test('the wrapper has a prop for every attribute (by its property) and every writable property', () => {
  const wanted = new Set([...element.attributes.map((attribute) => attribute.fieldName ?? attribute.name), ...settable]);
  const missing = [...wanted].filter((name) => !wrapper.has(name));
  assert.deepEqual(missing, [], `missing from NewsTimeline's props in src/react/index.ts: ${missing.join(', ')}`);
});

test('the wrapper has an on… handler typed with its event class for every event', () => {
  for (const event of element.events) {
    // timeline-viewchange → onTimelineViewChange: compare without dashes and case.
    const name = [...wrapper.keys()].find((prop) => prop.toLowerCase() === `on${event.name.replaceAll('-', '')}`);
    assert.ok(name, `no handler prop for ${event.name} in src/react/index.ts`);
    assert.equal(eventClassOf(wrapper.get(name)), event.type.text, `${name} receives the wrong event type`);
  }
});

test('the bare tag takes every attribute by name and every writable property', () => {
  const wanted = new Set([...element.attributes.map((attribute) => attribute.name), ...settable]);
  const missing = [...wanted].filter((name) => !bare.has(name));
  assert.deepEqual(missing, [], `missing from NewsTimelineJSXProps in src/react/jsx.ts: ${missing.join(', ')}`);
});

test('the bare tag has an on<event-name> handler typed with its event class for every event', () => {
  for (const event of element.events) {
    const name = `on${event.name}`;
    assert.ok(bare.has(name), `no ${name} in NewsTimelineJSXProps (src/react/jsx.ts)`);
    assert.equal(eventClassOf(bare.get(name)), event.type.text, `${name} receives the wrong event type`);
  }
});
