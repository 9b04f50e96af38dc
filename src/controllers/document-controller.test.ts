import { expect, oneEvent } from '@open-wc/testing';
import { attach, defineTestHost, type TestHost } from '../../test/helpers/controller-host.js';
import { ARTICLE_URL } from '../../test/helpers/timeline.js';
import type { TimelineErrorEvent, TimelineLoadEvent } from '../events.js';
import { en } from '../localize/en.js';
import { DocumentController } from './document-controller.js';

const DOC = { version: 1, events: [{ date: '2015-12-02', title: 'Vote' }] };

async function setUp(host: TestHost = new (defineTestHost())()) {
  let announced = 0;
  const documents = new DocumentController(host, () => (announced += 1), () => en);
  await attach(host);
  return { host, documents, announced: () => announced };
}

describe('DocumentController', () => {
  it('setSource({ data }) parses at once, and fires timeline-load once the host has drawn it', async () => {
    const { host, documents, announced } = await setUp();
    documents.setSource({ data: DOC, loadTimeout: 30 });
    expect(documents.state.status).to.equal('ready');
    const loaded = oneEvent<TimelineLoadEvent>(host, 'timeline-load');
    const event = await loaded;
    expect(event.detail.document.events.map((e) => e.title)).to.deep.equal(['Vote']);
    expect(announced()).to.equal(1);
  });

  it('setSource loads again only when data, src or the inline JSON changed', async () => {
    const { documents } = await setUp();
    documents.setSource({ data: DOC, loadTimeout: 30 });
    const first = documents.state;
    documents.setSource({ data: DOC, loadTimeout: 5 });
    expect(documents.state).to.equal(first);
    documents.setSource({ data: { ...DOC }, loadTimeout: 5 });
    expect(documents.state).to.not.equal(first);
    documents.setSource({ data: undefined, loadTimeout: 5 });
    expect(documents.state.status).to.equal('empty');
    expect([documents.document, documents.problems]).to.deep.equal([undefined, []]);
  });

  it('setSource({ src }) is loading until the file arrives; a bad document is an error without retry', async () => {
    const { host, documents } = await setUp();
    const loaded = oneEvent(host, 'timeline-load');
    documents.setSource({ src: ARTICLE_URL, loadTimeout: 30 });
    expect(documents.state.status).to.equal('loading');
    await loaded;
    expect(documents.state.status).to.equal('ready');
    expect(documents.document?.events.length).to.equal(9);
    // A new source (loading state) first: then a bad document is an error of its own.
    documents.setSource({ loadTimeout: 30 });
    const failed = oneEvent<TimelineErrorEvent>(host, 'timeline-error');
    documents.setSource({ data: { version: 1, events: [] }, loadTimeout: 30 });
    await failed;
    expect(documents.state).to.include({ status: 'error', retry: false });
    expect(documents.document).to.equal(undefined);
    expect(documents.problems.map((problem) => problem.path)).to.deep.equal(['events']);
  });

  it('a later document is applied in place: onUpdate hears it, no timeline-load; a bad one keeps the last good', async () => {
    const { host, documents } = await setUp();
    const heard: [string | undefined, string][] = [];
    documents.onUpdate = (before, next) => heard.push([before.events[0]?.title, next.status]);
    const loads: Event[] = [];
    host.addEventListener('timeline-load', (event) => loads.push(event));
    documents.setSource({ data: DOC, loadTimeout: 30 });
    await host.updateComplete;
    const first = documents.state;
    documents.setSource({ data: { version: 1, events: [] }, loadTimeout: 30 });
    expect(documents.state).to.equal(first);
    const later = { version: 1, events: [{ date: '2015-12-03', title: 'Strikes' }] };
    documents.setSource({ data: later, loadTimeout: 30 });
    await host.updateComplete;
    expect(documents.document?.events.map((event) => event.title)).to.deep.equal(['Strikes']);
    expect(heard).to.deep.equal([['Vote', 'error'], ['Vote', 'ready']]);
    expect(loads).to.have.length(1);
  });

  it('reads an inline <script type="application/json"> child, also one added late', async () => {
    const host = new (defineTestHost())();
    const { documents } = await setUp(host);
    expect(documents.inlineText).to.equal(undefined);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(DOC);
    host.append(script);
    await new Promise((resolve) => setTimeout(resolve));
    expect(documents.inlineText).to.equal(script.textContent);
    documents.setSource({ loadTimeout: 30 });
    expect(documents.state.status).to.equal('ready');
  });
});
