import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { en } from './en.js';
import type { Strings } from './localize.js';
import { renderControls } from '../news-timeline/render/controls.js';
import { renderKeyHelp, renderKeyHelpButton } from '../news-timeline/render/key-help.js';
import { renderCard, renderClusterCard } from '../news-timeline/render/card.js';
import { describeCluster, renderClusters } from '../news-timeline/render/clusters.js';
import { renderCredit, renderError } from '../news-timeline/render/status.js';
import { renderPrintList } from '../news-timeline/render/print-list.js';
import { renderEventList } from '../news-timeline/render/event-list.js';
import { renderStartStory, renderStoryNav } from '../news-timeline/render/story.js';
import { renderAutoplayButton } from '../news-timeline/render/autoplay-button.js';
import { renderCopyLink } from '../news-timeline/render/copy-link.js';
import type { AutoplayController } from '../controllers/autoplay-controller.js';
import type { Permalinks } from '../permalinks/permalinks.js';
import { describeVisibleRange } from '../core/window/announce.js';
import type { TimelineDocument, TimelineEvent, TimelineProblem } from '../core/document/types.js';
import type { DateLabelList, DrawingCluster, TimelineDrawing } from '../core/layout/drawing.js';
import type { Frame } from '../core/layout/frame.js';

/** Keys read outside the templates: by the element (until it reads them here), the lanes, the document, story and permalink controllers. */
const READ_ELSEWHERE = [
  'timeline', 'loading', 'empty', 'otherEvents', 'storyStep', 'linkCopied', 'copyFailed',
  'loadFailed', 'serverAnswered', 'timeLimit', 'networkFailed', 'inlineData', 'timelineFile', 'notJson', 'unusable',
];

/** The English table behind a guard: reading a key it lacks throws, and every key read is noted. */
function strictStrings(read: Set<string>): Strings {
  return new Proxy(en, {
    get(table, key) {
      // Lit asks a bound value whether it is one of its markers (the key list's `.strings`).
      if (typeof key === 'string' && key.startsWith('_$lit')) return undefined;
      if (typeof key !== 'string' || !Object.hasOwn(table, key)) throw new Error(`No string "${String(key)}" in the table`);
      read.add(key);
      return table[key as keyof typeof en];
    },
  });
}

const event = { id: 'vote', title: 'MPs vote', date: { precision: 'year', year: 2015, text: '2015' }, links: [{ url: 'https://example.org/', label: 'Hansard' }] } as unknown as TimelineEvent;
const problems: TimelineProblem[] = Array.from({ length: 10 }, (_, i) => ({ path: i ? `events[${i}]` : '', message: 'bad', severity: 'error' }));
const cluster = { size: 3, first: 0, last: 1 } as DrawingCluster;

function text(template: unknown): string {
  const host = document.createElement('div');
  render(template, host);
  return host.textContent.replace(/\s+/g, ' ').trim();
}

/** Renders every template that reads the table, checking the English it shows. */
function renderEverything(strings: Strings): void {
    const enabled = { 'zoom-in': true, 'zoom-out': true, reset: true, 'pan-back': true, 'pan-forward': true };
    const controls = document.createElement('div');
    render(renderControls(enabled, () => {}, strings), controls);
    expect([...controls.querySelectorAll('button')].map((b) => b.title)).to.deep.equal(
      ['Earlier (PageUp)', 'Zoom out (-)', 'Zoom in (+)', 'Later (PageDown)', 'Show all (0)'],
    );
    expect(text(renderKeyHelpButton(false, () => {}, strings))).to.equal('?');
    const keyList = document.createElement('div');
    render(renderKeyHelp(true, { vertical: false, rtl: false }, strings), keyList);
    expect(keyList.querySelector('#key-help')!.getAttribute('aria-label')).to.equal('Keyboard shortcuts');
    expect(text(renderCard(event, 'en-GB', () => {}, strings))).to.contain('MPs vote');
    expect(text(renderClusterCard([event, event], ['2015', '2015'], () => {}, () => {}, strings))).to.contain('2 events here');
    const view = { clusters: [cluster] } as unknown as TimelineDrawing;
    const frame = { cluster: () => ({ x: 0, y: 0 }) } as unknown as Frame;
    const state = { focusIndex: 0, describe: () => '', onActivate: () => {}, onKeydown: () => {} };
    expect(text(renderClusters(view, frame, state, strings))).to.equal('+3');
    const listed = { items: [{ index: 0, event, row: -1, dateLabel: '2015' }], total: 1, breaks: [{ before: 0, label: '3 years' }] } as unknown as TimelineDrawing;
    const listState = { selectedId: null, focusId: null, onClick: () => {}, onKeydown: () => {}, onFocusIn: () => {} };
    expect(text(renderEventList(listed, frame, listState, strings))).to.equal('3 years later: 2015 MPs vote');
    expect(describeCluster(cluster, (i) => `day ${i}`, strings)).to.equal('3 more events, day 0 to day 1: show them');
    expect(text(renderError('Broken.', problems, () => {}, strings))).to.contain(
      "(document) bad",
    ).and.contain("…and 2 more (see the element's problems).").and.contain('Try again');
    expect(text(renderCredit({ name: 'The Independent' }, strings))).to.equal('Source: The Independent');
    const doc = { events: [event] } as unknown as TimelineDocument;
    expect(text(renderPrintList(doc, { at: () => '2015' } as unknown as DateLabelList, strings))).to.contain('Hansard: https://example.org/');
    const story = { position: () => ({ position: 3, total: 9 }), onPrevious: () => {}, onNext: () => {} };
    const nav = document.createElement('div');
    render(renderStoryNav(story, 'vote', strings), nav);
    expect([...nav.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Previous event', 'Next event']);
    expect(text(renderStoryNav(story, 'vote', strings))).to.equal('3 of 9');
    expect(text(renderStartStory(() => {}, strings))).to.equal('Start the story');
    const names = [false, true].map((paused) => {
      const autoplay = { host: { autoplay: '8' }, failed: false, paused, onToggle: () => {} } as unknown as AutoplayController;
      const button = document.createElement('div');
      render(renderAutoplayButton(autoplay, strings), button);
      return button.querySelector('button')!.getAttribute('aria-label');
    });
    expect(names).to.deep.equal(['Pause the story', 'Play the story']);
    const links = { failedLink: () => 'https://example.org/#timeline=vote', copy: () => {} } as unknown as Permalinks;
    expect(text(renderCopyLink(links, event, strings))).to.equal('Copy link Link to MPs vote');
    expect(describeVisibleRange([Date.UTC(2015, 0), Date.UTC(2016, 0)], [{ startMs: 0, endMs: 1 }], 'en-GB', strings)).to.match(/, 0 of 1 event$/);
}

describe('the English table', () => {
  it('every key the templates read is in the table, with the English text', () => {
    renderEverything(strictStrings(new Set()));
  });

  it('every key of the table is read somewhere, and the keys read elsewhere are in it', () => {
    const read = new Set<string>();
    renderEverything(strictStrings(read));
    for (const key of READ_ELSEWHERE) strictStrings(read)[key as keyof Strings];
    expect(Object.keys(en).filter((key) => !read.has(key))).to.deep.equal([]);
  });

  it('counted messages take the plural form of their count', () => {
    expect(en.eventsHere({ count: 1 })).to.equal('1 event here');
    expect(en.eventsHere({ count: 2 })).to.equal('2 events here');
    expect(en.cluster({ count: 1, from: 'May', to: 'May' })).to.equal('1 more event, May: show them');
    expect(en.showing({ from: '2015', to: '2016', visible: 1, total: 1 })).to.equal('Showing 2015 to 2016, 1 of 1 event');
    expect(en.showing({ from: '2015', to: '2015', visible: 0, total: 2 })).to.equal('Showing 2015, 0 of 2 events');
  });

  it('the messages of a failed load read as before', () => {
    const where = '"/a.json"';
    expect(en.loadFailed({ where, reason: en.serverAnswered({ status: 404 }) })).to.equal(
      'Could not load the timeline from "/a.json": the server answered 404.',
    );
    expect(en.timeLimit({ seconds: 0.5 })).to.equal('it did not arrive in full within the 0.5-second time limit');
    expect(en.notJson({ what: en.timelineFile({ where }), detail: 'x' })).to.equal('The timeline file "/a.json" is not valid JSON: x');
  });
});
