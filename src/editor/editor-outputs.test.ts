// What the producer takes away: copy buttons that say what they did, in a live region.
import { expect, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { buttonNamed, copyHtmlBlock, fetchText, mountEditor, part, paste, previewTitles, STORY_CSV, stubClipboard } from '../../test/helpers/editor.js';
import { jsonFileName } from './editor-outputs.js';
import { STORAGE_KEY } from './storage.js';

describe('<editor-outputs>: embed code out', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('copies the HTML block to the clipboard and announces "Copied"', async () => {
    const clipboard = stubClipboard();
    try {
      const { editor, loads } = await mountEditor();
      paste(editor, await fetchText(STORY_CSV));
      await previewTitles(loads);
      const outputs = part(editor, 'editor-outputs');
      await outputs.updateComplete;
      buttonNamed(outputs.shadowRoot!, 'Copy the HTML block').click();
      const status = outputs.shadowRoot!.querySelector('[role="status"]')!;
      await waitUntil(() => status.textContent.includes('Copied'), 'the copy is announced');
      expect(status.textContent.trim()).to.equal('Copied the HTML block.');
      expect(clipboard.written).to.have.length(1);
      expect(clipboard.written[0]).to.include('<news-timeline').and.include('Gaddafi overthrown');
      expect(clipboard.written[0]).to.include(`src="${new URL('news-timeline.bundle.js', document.baseURI).href}"`);
      await expectNoAxeViolations(outputs);
    } finally {
      clipboard.restore();
    }
  });

  it('when the clipboard refuses, says so and how to copy by hand', async () => {
    const clipboard = stubClipboard(true);
    try {
      const { editor, loads } = await mountEditor();
      paste(editor, await fetchText(STORY_CSV));
      await previewTitles(loads);
      const outputs = part(editor, 'editor-outputs');
      await outputs.updateComplete;
      buttonNamed(outputs.shadowRoot!, 'Copy the JSON').click();
      const status = outputs.shadowRoot!.querySelector('[role="status"]')!;
      await waitUntil(() => status.textContent.includes('Could not copy'), 'the failure is announced');
      expect(status.textContent).to.include('Ctrl+C');
    } finally {
      clipboard.restore();
    }
  });

  it('the copied HTML block, in a fresh page with the standalone file, draws the same events, and its fallback lists each with its date', async () => {
    const clipboard = stubClipboard();
    try {
      const { editor, loads } = await mountEditor();
      paste(editor, await fetchText(STORY_CSV));
      const titles = await previewTitles(loads);
      await copyHtmlBlock(editor, clipboard);
      const fallback = new DOMParser().parseFromString(clipboard.written[0], 'text/html');
      const items = [...fallback.querySelectorAll('news-timeline > ol > li')];
      expect(items.map((item) => item.textContent.split(' — ')[1])).to.have.members(titles);
      expect(items.every((item) => item.textContent.split(' — ')[0].trim() !== ''), 'every item has its date').to.be.true;
      // HTML's datetime has no year before 1: the fixture's 44 BC event has its date as text only.
      expect(items.filter((item) => item.querySelector('time[datetime]'))).to.have.length(titles.length - 1);

      const iframe = document.createElement('iframe');
      iframe.title = 'A fresh page';
      iframe.srcdoc = `<!doctype html><html lang="en"><body>${clipboard.written[0]}</body></html>`;
      document.body.append(iframe);
      await waitUntil(() => iframe.contentDocument?.querySelector('news-timeline')?.shadowRoot?.querySelector('[part~="plot"]'), 'the block draws', { timeout: 15000 });
      const drawn = iframe.contentDocument!.querySelector('news-timeline') as HTMLElement & { updateComplete: Promise<unknown> };
      await drawn.updateComplete;
      const text = drawn.shadowRoot!.textContent;
      for (const title of titles) expect(text).to.include(title);
      iframe.remove();
    } finally {
      clipboard.restore();
    }
  });

  it('jsonFileName(title) makes a file name from the title', () => {
    expect(jsonFileName('Isis looks to Libya')).to.equal('isis-looks-to-libya.json');
    expect(jsonFileName('Ça va, Zürich!')).to.equal('ca-va-zurich.json');
    expect(jsonFileName(undefined)).to.equal('timeline.json');
    expect(jsonFileName('«»')).to.equal('timeline.json');
  });
});
