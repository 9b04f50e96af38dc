// Issue 20's "done means", as one producer's path: paste a sheet, fix the one row the page
// flags, copy the HTML block, and see it draw every event on a fresh page.
import { expect, waitUntil } from '@open-wc/testing';
import { copyHtmlBlock, fetchText, mountEditor, paste, problemTexts, STORY_CSV, stubClipboard, textArea } from '../../test/helpers/editor.js';
import { STORAGE_KEY } from './storage.js';

describe('the authoring page, from a sheet to a working embed', () => {
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('flags the row without a year; once it is fixed, every row draws, and the copied block draws them all on a fresh page', async () => {
    localStorage.removeItem(STORAGE_KEY);
    const clipboard = stubClipboard();
    try {
      const { editor, loads } = await mountEditor();
      const sheet = await fetchText(STORY_CSV);
      paste(editor, sheet);
      await waitUntil(() => problemTexts(editor)[0]?.startsWith('Left out: Row 7, Year'), 'the page flags row 7', { timeout: 10_000 });
      const before = loads.length;

      // The producer gives row 7 its year, in the text area, as in the sheet.
      const lines = sheet.split('\n');
      expect(lines[6]).to.match(/^,5,/);
      lines[6] = `2016${lines[6]}`;
      paste(editor, lines.join('\n'));
      await waitUntil(() => loads.length >= before + 2, 'both previews redraw', { timeout: 10_000 });
      const titles = loads.at(-1)!.detail.document.events.map((event) => event.title);
      expect(titles).to.include('No year: cannot be placed').and.have.length(5);
      expect(problemTexts(editor).filter((text) => text.startsWith('Left out:'))).to.deep.equal([]);
      expect(textArea(editor).value).to.contain('2016,5,');

      await copyHtmlBlock(editor, clipboard);

      const iframe = document.createElement('iframe');
      iframe.title = 'The producer’s page';
      iframe.srcdoc = `<!doctype html><html lang="en"><body><h1>Story</h1>${clipboard.written[0]}</body></html>`;
      document.body.append(iframe);
      type Drawn = HTMLElement & { timelineDocument?: { events: { title: string }[] } };
      await waitUntil(() => (iframe.contentDocument?.querySelector('news-timeline') as Drawn | null)?.timelineDocument, 'the block draws', { timeout: 15_000 });
      const drawn = iframe.contentDocument!.querySelector('news-timeline') as Drawn;
      expect(drawn.timelineDocument!.events.map((event) => event.title)).to.have.members(titles);
      iframe.remove();
    } finally {
      clipboard.restore();
    }
  });
});
