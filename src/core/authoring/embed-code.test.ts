import { expect } from '@open-wc/testing';
import { embedHtml, escapeHtml, iframeSnippet, inlineJson, withSettings } from './embed-code.js';

const HOSTILE = '</script><script>alert(1)</script><!-- & "quoted" \'single\' \u001b[2J \u202eevil';

const DOCUMENT = {
  version: 1,
  title: 'Old title',
  events: [
    { date: '2015-12-02', title: 'MPs vote', links: [{ url: 'https://example.org/vote?a=1&b=2', label: 'Hansard' }] },
    { date: '2014-08', end: '2015-12', title: HOSTILE, summary: HOSTILE },
    { date: '-0043-03-15', title: 'Caesar', approximate: true },
  ],
};

/** The HTML block put into a fresh document, as a CMS page would hold it. */
function parsed(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

describe('embed-code', () => {
  it('withSettings(document, settings) puts title, description, credit and locale in the document without changing it', () => {
    const before = JSON.stringify(DOCUMENT);
    const result = withSettings(DOCUMENT, { title: ' New ', description: 'About', credit: { name: 'The Paper', url: 'https://example.org' }, locale: 'de' });
    expect(Object.keys(result)).to.deep.equal(['version', 'title', 'description', 'locale', 'source', 'events']);
    expect(result).to.deep.include({ title: 'New', description: 'About', locale: 'de', source: { name: 'The Paper', url: 'https://example.org' } });
    expect(JSON.stringify(DOCUMENT)).to.equal(before);
    expect(withSettings(DOCUMENT, {}).title).to.equal('Old title');
    expect('title' in withSettings(DOCUMENT, { title: '  ' })).to.equal(false);
    expect('source' in withSettings({ ...DOCUMENT, source: { name: 'x' } }, { credit: { name: '' } })).to.equal(false);
  });

  it('withSettings(document, settings) keeps a "__proto__" key as data', () => {
    const document = JSON.parse('{"version": 1, "__proto__": {"polluted": true}, "events": []}') as Record<string, unknown>;
    const result = withSettings(document, { title: 'T' });
    expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
    expect(Object.keys(result)).to.include('__proto__');
  });

  it('inlineJson(value) and escapeHtml(text) leave no markup in the producer\'s text', () => {
    expect(inlineJson({ a: '</script><!--\u2028\u202e' })).to.equal('{"a":"\\u003c/script>\\u003c!--\\u2028\\u202e"}');
    expect(escapeHtml('a\u001b[2J\u202eb\n')).to.equal('a&#27;[2J&#8238;b\n');
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });

  it('embedHtml(document, settings, options), put into a fresh page, is the script, the element with the same document, and a dated list of every event', () => {
    const html = embedHtml(DOCUMENT, { title: HOSTILE, locale: 'en-GB', orientation: 'vertical', start: '2014', end: '2016', accent: '#aa0000' }, { bundleUrl: 'https://cdn.example/nt.js?v=1&x="' });
    const page = parsed(html);
    const script = page.querySelector('script[type="module"]')!;
    expect(script.getAttribute('src')).to.equal('https://cdn.example/nt.js?v=1&x="');
    const timelines = page.querySelectorAll('news-timeline');
    expect(timelines).to.have.length(1);
    const timeline = timelines[0];
    expect(['orientation', 'start', 'end'].map((name) => timeline.getAttribute(name))).to.deep.equal(['vertical', '2014', '2016']);
    expect(timeline.getAttribute('style')).to.equal('--news-timeline-accent: #aa0000');
    const json = timeline.querySelectorAll('script[type="application/json"]');
    expect(json).to.have.length(1);
    expect(JSON.parse(json[0].textContent)).to.deep.equal(withSettings(DOCUMENT, { title: HOSTILE, locale: 'en-GB' }));
    // The hostile text made no element: one script in the element, one before it, nothing else.
    expect(page.querySelectorAll('script')).to.have.length(2);
    const items = [...timeline.querySelectorAll('ol > li')];
    expect(items.map((item) => item.textContent)).to.deep.equal([
      'c. 15 March 44 BC — Caesar',
      `August 2014 – December 2015 — ${HOSTILE}`,
      '2 December 2015 — MPs vote',
    ]);
    expect(items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? null)).to.deep.equal([null, '2014-08', '2015-12-02']);
    expect(items[2].querySelector('a')!.getAttribute('href')).to.equal('https://example.org/vote?a=1&b=2');
    expect(items[1].querySelector('a')).to.equal(null);
  });

  it('embedHtml formats the list in the document\'s locale and leaves out an accent that is not #rrggbb and the auto orientation', () => {
    const html = embedHtml(DOCUMENT, { locale: 'de', accent: 'red; background: url(x)', orientation: 'auto' }, { bundleUrl: '/nt.js' });
    const timeline = parsed(html).querySelector('news-timeline')!;
    expect(timeline.getAttributeNames()).to.deep.equal([]);
    expect(timeline.querySelector('li:last-child')!.textContent).to.equal('2. Dezember 2015 — MPs vote');
  });

  it('iframeSnippet(options) is the iframe for embed.html with the document address and a safe id, and the parent script', () => {
    const page = parsed(iframeSnippet({ embedUrl: 'https://example.org/embed.html', documentUrl: 'https://data.example/story.json?a=1&b=2', parentScriptUrl: 'https://example.org/embed-parent.js', title: '"Isis" looks to Libya' }));
    const iframe = page.querySelector('iframe')!;
    const src = new URL(iframe.getAttribute('src')!);
    expect(src.origin + src.pathname).to.equal('https://example.org/embed.html');
    expect(src.searchParams.get('src')).to.equal('https://data.example/story.json?a=1&b=2');
    expect(src.searchParams.get('id')).to.match(/^[A-Za-z0-9][\w-]{0,63}$/).and.equal('isis-looks-to-libya');
    expect(iframe.getAttribute('title')).to.equal('Timeline: "Isis" looks to Libya');
    expect(iframe.getAttribute('allow'), 'Copy link may write the clipboard').to.equal('clipboard-write');
    expect(page.querySelector('script')!.getAttribute('src')).to.equal('https://example.org/embed-parent.js');
    const untitled = parsed(iframeSnippet({ embedUrl: 'embed.html?locale=de', documentUrl: 'story.json', parentScriptUrl: 'embed-parent.js', title: '日本' }));
    expect(untitled.querySelector('iframe')!.getAttribute('src')).to.equal('embed.html?locale=de&src=story.json&id=news-timeline');
  });
});
