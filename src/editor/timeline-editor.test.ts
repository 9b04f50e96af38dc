// The authoring page end to end in a real browser: data in by paste, file drop or link,
// problems by row, the live preview, and the draft kept across a reload.
import { aTimeout, expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { ARTICLE_JSON, buttonNamed, fetchText, mountEditor, part, paste, previewTitles, problemTexts, STORY_CSV, textArea } from '../../test/helpers/editor.js';
import { STORAGE_KEY } from './storage.js';
import { simpleSheetTemplate } from './authoring.js';

describe('<timeline-editor>: data in, problems by row, live preview', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('when the TimelineJS template fixture is pasted, previews its valid rows and names the bad row with its column', async () => {
    const { editor, loads } = await mountEditor();
    paste(editor, await fetchText(STORY_CSV));
    const titles = await previewTitles(loads);
    expect(titles).to.have.members(['Gaddafi overthrown', 'US-led air campaign', 'Commons vote on strikes in Syria', 'An old date, for precision']);
    await part(editor, 'editor-problems').updateComplete;
    // What leaves a row out comes first, before the notes.
    expect(problemTexts(editor)[0], problemTexts(editor).join('\n')).to.match(/^Left out: Row 7, Year: /);
    expect(problemTexts(editor).filter((text) => text.startsWith('Left out:'))).to.have.length(1);
  });

  it('when a problem is chosen, puts the cursor on its row’s line of the text area', async () => {
    const { editor, loads } = await mountEditor();
    const csv = await fetchText(STORY_CSV);
    paste(editor, csv);
    await previewTitles(loads);
    const problems = part(editor, 'editor-problems');
    await problems.updateComplete;
    const button = [...problems.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('Row 7'))!;
    button.click();
    const area = textArea(editor);
    const lineSeven = csv.split('\n')[6];
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).to.equal(lineSeven);
    expect(part(editor, 'editor-input').shadowRoot!.activeElement).to.equal(area);
  });

  it('when our own JSON is pasted, previews every event and reports no problem', async () => {
    const { editor, loads } = await mountEditor();
    const json = await fetchText(ARTICLE_JSON);
    paste(editor, json);
    const titles = await previewTitles(loads);
    expect(titles).to.have.length((JSON.parse(json) as { events: unknown[] }).events.length);
    await part(editor, 'editor-problems').updateComplete;
    expect(part(editor, 'editor-problems').shadowRoot!.textContent).to.include('No problems');
  });

  it('when our simple spreadsheet template is pasted, previews its example rows', async () => {
    const { editor, loads } = await mountEditor();
    const template = simpleSheetTemplate();
    paste(editor, template);
    const rows = template.trim().split('\n').length - 1;
    expect(await previewTitles(loads)).to.have.length(rows);
  });

  it('when TimelineJS JSON is pasted, previews its slides', async () => {
    const { editor, loads } = await mountEditor();
    paste(editor, await fetchText('/test/fixtures/timelinejs/story.json'));
    expect(await previewTitles(loads)).to.not.be.empty;
  });

  it('when a file is dropped on the text area, reads it and previews it', async () => {
    const { editor, loads } = await mountEditor();
    const csv = await fetchText(STORY_CSV);
    const transfer = new DataTransfer();
    transfer.items.add(new File([csv], 'story.csv', { type: 'text/csv' }));
    textArea(editor).dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    expect(await previewTitles(loads)).to.include('Gaddafi overthrown');
    expect(textArea(editor).value).to.equal(csv);
  });

  it('when a sheet link is fetched, reads it; when the fetch fails, says so and how to paste instead', async () => {
    const { editor, loads } = await mountEditor();
    const input = part(editor, 'editor-input');
    const form = input.shadowRoot!.querySelector('form')!;
    const url = form.querySelector<HTMLInputElement>('input[name="url"]')!;
    url.value = new URL(STORY_CSV, location.href).href;
    form.requestSubmit();
    expect(await previewTitles(loads)).to.include('Gaddafi overthrown');
    url.value = new URL('/no-such-sheet.csv', location.href).href;
    form.requestSubmit();
    const status = input.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent.includes('could not be fetched'), 'the failure is said');
    expect(status.textContent).to.include('paste');
  });

  it('restores the draft and settings after a reload', async () => {
    const first = await mountEditor();
    const csv = await fetchText(STORY_CSV);
    paste(first.editor, csv);
    const title = part(first.editor, 'editor-settings').shadowRoot!.querySelector<HTMLInputElement>('input[name="title"]')!;
    title.value = 'My timeline';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    fixtureCleanup();
    const { editor, loads } = await mountEditor();
    expect(textArea(editor).value).to.equal(csv);
    await previewTitles(loads);
    const restored = part(editor, 'editor-settings').shadowRoot!.querySelector<HTMLInputElement>('input[name="title"]')!;
    expect(restored.value).to.equal('My timeline');
    expect(loads.at(-1)!.detail.document.title).to.equal('My timeline');
    await part(editor, 'editor-problems').updateComplete;
    expect(problemTexts(editor).some((text) => text.startsWith('Left out: Row 7'))).to.be.true;
  });

  it('"Start over" asks first, by keyboard too, and forgets the draft only when confirmed', async () => {
    const { editor } = await mountEditor();
    paste(editor, await fetchText(STORY_CSV));
    const root = editor.shadowRoot!;
    const dialog = root.querySelector('dialog')!;
    buttonNamed(root, 'Start over').click();
    await waitUntil(() => dialog.open, 'the confirmation opens');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape closes it');
    await aTimeout(50);
    expect(textArea(editor).value).to.include('Gaddafi');
    buttonNamed(root, 'Start over').click();
    await waitUntil(() => dialog.open);
    expect(root.activeElement).to.equal(buttonNamed(root, 'Cancel'));
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(buttonNamed(root, 'Yes, start over'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textArea(editor).value === '', 'the draft is gone');
    expect(dialog.open).to.be.false;
    expect(localStorage.getItem(STORAGE_KEY) ?? '').to.not.include('Gaddafi');
  });

  it('"Start from the example" loads the article timeline', async () => {
    const { editor, loads } = await mountEditor();
    buttonNamed(editor.shadowRoot!, 'Start from the example').click();
    expect(await previewTitles(loads)).to.include('British MPs back air strikes on Isis in Syria');
  });

  it('when the example cannot be fetched, says so and keeps the draft', async () => {
    const { editor } = await mountEditor();
    paste(editor, 'Year,Headline\n2015,Mine');
    editor.exampleUrl = '/no-such-example.json';
    buttonNamed(editor.shadowRoot!, 'Start from the example').click();
    const dialog = editor.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'it asks first: there is a draft');
    buttonNamed(editor.shadowRoot!, 'Yes, replace it').click();
    const status = editor.shadowRoot!.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent.includes('could not be loaded'), 'the failure is said');
    expect(textArea(editor).value).to.equal('Year,Headline\n2015,Mine');
  });

  it('when text is dropped rather than a file, leaves it to the text area', async () => {
    const { editor } = await mountEditor();
    paste(editor, 'Year,Headline\n');
    const transfer = new DataTransfer();
    transfer.setData('text/plain', '2015,Dropped');
    const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer });
    textArea(editor).dispatchEvent(drop);
    expect(drop.defaultPrevented).to.be.false;
    expect(textArea(editor).value).to.equal('Year,Headline\n');
  });

  it('has no axe violations empty, with problems, and with a document', async () => {
    const { editor, loads } = await mountEditor();
    await expectNoAxeViolations(editor);
    paste(editor, await fetchText(STORY_CSV));
    await previewTitles(loads);
    await expectNoAxeViolations(editor);
    loads.length = 0;
    paste(editor, await fetchText(ARTICLE_JSON));
    await previewTitles(loads);
    await expectNoAxeViolations(editor);
  });
});
