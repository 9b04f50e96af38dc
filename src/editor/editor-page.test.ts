// The page as served (src/editor/index.html with its strict Content-Security-Policy): it
// loads, draws a pasted sheet and takes settings without one blocked script or style, and
// fits a 320 px screen.
import { expect, waitUntil } from '@open-wc/testing';
import { fetchText, STORY_CSV } from '../../test/helpers/editor.js';
import type { TimelineEditor } from './timeline-editor.js';
import { STORAGE_KEY } from './storage.js';

const PAGE = '/src/editor/';

async function openPage(width: number): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.title = 'The authoring page';
  iframe.src = PAGE;
  iframe.width = String(width);
  iframe.height = '700';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** The page's editor once its module has run. */
async function editorIn(iframe: HTMLIFrameElement): Promise<TimelineEditor> {
  const doc = iframe.contentDocument!;
  await waitUntil(() => doc.querySelector('timeline-editor')?.shadowRoot, 'the page’s module defines <timeline-editor>', { timeout: 15000 });
  return doc.querySelector('timeline-editor')!;
}

describe('the authoring page (src/editor/index.html)', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('is served with the strict CSP, and works under it: nothing is blocked while it previews and takes settings', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('Content-Security-Policy')).to.include("script-src 'self'").and.include("style-src 'self'").and.include('require-trusted-types-for');
    const iframe = await openPage(1000);
    const violations: string[] = [];
    iframe.contentDocument!.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    const editor = await editorIn(iframe);
    const area = editor.shadowRoot!.querySelector('editor-input')!.shadowRoot!.querySelector('textarea')!;
    area.value = await fetchText(STORY_CSV);
    area.dispatchEvent(new Event('input', { bubbles: true }));
    const preview = editor.shadowRoot!.querySelector('editor-preview')!;
    await waitUntil(() => preview.shadowRoot!.querySelectorAll('news-timeline').length === 2, 'the preview draws', { timeout: 10000 });
    const accent = editor.shadowRoot!.querySelector('editor-settings')!.shadowRoot!.querySelector<HTMLInputElement>('input[name="accent"]')!;
    accent.value = '#aa0000';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    await preview.updateComplete;
    const timeline = preview.shadowRoot!.querySelector('news-timeline')!;
    expect(timeline.style.getPropertyValue('--news-timeline-accent')).to.equal('#aa0000');
    await timeline.updateComplete;
    expect(violations).to.deep.equal([]);
    iframe.remove();
  });

  it('fits a 320 px screen: nothing scrolls sideways', async () => {
    const iframe = await openPage(320);
    const editor = await editorIn(iframe);
    const area = editor.shadowRoot!.querySelector('editor-input')!.shadowRoot!.querySelector('textarea')!;
    area.value = await fetchText(STORY_CSV);
    area.dispatchEvent(new Event('input', { bubbles: true }));
    const preview = editor.shadowRoot!.querySelector('editor-preview')!;
    await waitUntil(() => preview.shadowRoot!.querySelector('news-timeline'), 'the preview draws', { timeout: 10000 });
    const root = iframe.contentDocument!.documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    iframe.remove();
  });
});
