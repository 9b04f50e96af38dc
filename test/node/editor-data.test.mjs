// Editor completion files and package exports, on the built dist/ (run `npm run build` first).
//   node --test test/node/editor-data.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TAG = 'news-timeline';
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = readJson('package.json');

const element = readJson('dist/custom-elements.json')
  .modules.flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === TAG);
// name -> description, for each kind of public API the manifest lists.
const manifest = {
  attributes: new Map(element.attributes.map((item) => [item.name, item.description])),
  events: new Map(element.events.map((item) => [item.name, item.description])),
  cssParts: new Map(element.cssParts.map((item) => [item.name, item.description])),
  cssProperties: new Map(element.cssProperties.map((item) => [item.name, item.description])),
};

/** Asserts that `listed` (name -> description) holds exactly the manifest's names, each described. */
function assertSameApi(listed, expected, what) {
  assert.deepEqual([...listed.keys()].sort(), [...expected.keys()].sort(), `${what}: names differ from the manifest`);
  for (const [name, description] of listed) {
    assert.ok(description?.trim(), `${what}: ${name} has no description`);
  }
}

/** The `- **name** - description` entries under the `### **label:**` heading of a generated description. */
function listedUnder(description, label) {
  const section = description.split(`### **${label}:**`)[1]?.split('### ')[0] ?? '';
  return new Map([...section.matchAll(/^\s*- \*\*([^*]+)\*\* - (.*)$/gm)].map((match) => [match[1], match[2]]));
}

test('vscode.html-custom-data.json lists every attribute, event, part and CSS property, with descriptions', () => {
  const data = readJson('dist/vscode.html-custom-data.json');
  assert.equal(data.version, 1.1);
  const tag = data.tags.find((item) => item.name === TAG);
  assert.ok(tag, `no ${TAG} tag`);
  assert.match(tag.description, /^Draws a dated-event JSON document/);
  assertSameApi(new Map(tag.attributes.map((item) => [item.name, item.description])), manifest.attributes, 'attributes');
  // Events, parts and CSS properties have no field of their own in this format: the tag's docs list them.
  assertSameApi(listedUnder(tag.description, 'Events'), manifest.events, 'events');
  assertSameApi(listedUnder(tag.description, 'CSS Parts'), manifest.cssParts, 'CSS parts');
  assertSameApi(listedUnder(tag.description, 'CSS Properties'), manifest.cssProperties, 'CSS properties');
  assert.doesNotMatch(tag.description, /default: undefined/);
  // A `---` right under a line would make that line a Markdown heading.
  assert.doesNotMatch(tag.description, /[^\n]\n---\n/);
  assert.ok(tag.references.some((reference) => reference.url.startsWith('https://')), 'no link to the README');
});

test('vscode.html-custom-data.json offers enumerated values and takes booleans bare', () => {
  const attributes = readJson('dist/vscode.html-custom-data.json').tags.find((item) => item.name === TAG).attributes;
  const byName = new Map(attributes.map((item) => [item.name, item]));
  assert.deepEqual(
    byName.get('orientation').values.map((value) => value.name),
    ['auto', 'horizontal', 'vertical'],
  );
  assert.equal(byName.get('proportional').valueSet, 'v');
  // Only string literals are values: a type name such as `Orientation` is not something to type.
  for (const attribute of attributes) {
    for (const value of attribute.values ?? []) {
      assert.match(value.name, /^[a-z][a-z0-9-]*$/, `${attribute.name} offers ${value.name}`);
    }
  }
});

test('web-types.json lists every attribute, event, part and CSS property, with descriptions', () => {
  const data = readJson('dist/web-types.json');
  assert.equal(data.name, pkg.name);
  assert.equal(data.version, pkg.version);
  const html = data.contributions.html.elements.find((item) => item.name === TAG);
  assert.ok(html, `no ${TAG} element`);
  assert.match(html.description, /^Draws a dated-event JSON document/);
  assert.match(html['doc-url'], /^https:\/\//);
  assertSameApi(new Map(html.attributes.map((item) => [item.name, item.description])), manifest.attributes, 'attributes');
  assertSameApi(new Map(html.events.map((item) => [item.name, item.description])), manifest.events, 'events');
  assertSameApi(new Map(html.js.events.map((item) => [item.name, item.description])), manifest.events, 'js events');
  // The element's own CSS, and the generator's global lists (parts as `part(name)` pseudo-elements).
  assertSameApi(new Map(html.css.properties.map((item) => [item.name, item.description])), manifest.cssProperties, 'CSS properties');
  assertSameApi(new Map(html.css.parts.map((item) => [item.name, item.description])), manifest.cssParts, 'CSS parts');
  const css = data.contributions.css;
  assertSameApi(new Map(css.properties.map((item) => [item.name, item.description])), manifest.cssProperties, 'global CSS properties');
  const parts = css['pseudo-elements'].map((item) => [item.name.replace(/^part\((.*)\)$/, '$1'), item.description]);
  assertSameApi(new Map(parts), manifest.cssParts, 'global CSS parts');
  const orientation = html.attributes.find((item) => item.name === 'orientation');
  assert.equal(orientation.value.type, "'auto' | 'horizontal' | 'vertical'");
  assert.equal(html.attributes.find((item) => item.name === 'proportional').value.type, 'boolean');
  assert.equal(pkg['web-types'], './dist/web-types.json');
});

/** Each exports target as a file path, a `*` filled in from what the build wrote. */
function exportedFiles(target) {
  if (typeof target === 'object') return Object.values(target).flatMap(exportedFiles);
  if (!target.includes('*')) return [target];
  const [dir, pattern] = [target.slice(0, target.lastIndexOf('/')), target.slice(target.lastIndexOf('/') + 1)];
  const [before, after] = pattern.split('*');
  const found = readdirSync(dir).filter((name) => name.startsWith(before) && name.endsWith(after));
  assert.ok(found.length > 0, `nothing in ${dir} matches ${target}`);
  return found.map((name) => `${dir}/${name}`);
}

test('every path package.json exports is a file after the build', () => {
  for (const [key, target] of Object.entries(pkg.exports)) {
    for (const file of exportedFiles(target)) assert.ok(existsSync(file), `exports["${key}"]: ${file} is missing`);
  }
});

test('a page resolves the exported editor files and the standalone file by package name', () => {
  // A scratch project with this package installed as a link, as `npm install` would see it.
  const scratch = mkdtempSync(join(tmpdir(), 'news-timeline-exports-'));
  try {
    mkdirSync(join(scratch, 'node_modules'));
    symlinkSync(resolve('.'), join(scratch, 'node_modules', pkg.name), 'dir');
    const specifiers = [
      'custom-elements.json',
      'web-types.json',
      'vscode.html-custom-data.json',
      'news-timeline.bundle.js',
      'dist/news-timeline.bundle.js',
      'schema.json',
    ].map((path) => `${pkg.name}/${path}`);
    const script = `for (const s of ${JSON.stringify(specifiers)}) console.log(import.meta.resolve(s));`;
    const resolved = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: scratch,
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    assert.equal(resolved.length, specifiers.length);
    for (const url of resolved) assert.ok(existsSync(new URL(url)), `${url} is missing`);
    assert.match(resolved[3], /\/dist\/news-timeline\.bundle\.js$/);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
