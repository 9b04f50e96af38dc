// Shared by the authoring page's tests: mounting it, typing into it, and reading what it shows.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TimelineLoadEvent, TimelineUpdateEvent } from '../../src/events.js';
import { defineEditorElements } from '../../src/editor/define.js';
import type { TimelineEditor } from '../../src/editor/timeline-editor.js';

export const STORY_CSV = '/test/fixtures/timelinejs/story.csv';
export const ARTICLE_JSON = '/demo/data/isis-libya-2015.json';

/** A preview drew a document: its first (`timeline-load`), or a later one drawn in place (`timeline-update`). */
export type PreviewDrawn = TimelineLoadEvent | TimelineUpdateEvent;

/** The page, with the draft this browser's localStorage holds; `loads` collects what its previews drew. */
export async function mountEditor(): Promise<{ editor: TimelineEditor; loads: PreviewDrawn[] }> {
  defineEditorElements();
  const loads: PreviewDrawn[] = [];
  const drawn = (event: PreviewDrawn) => loads.push(event);
  const editor = await fixture<TimelineEditor>(html`<timeline-editor example-url=${ARTICLE_JSON} @timeline-load=${drawn} @timeline-update=${drawn}></timeline-editor>`);
  return { editor, loads };
}

/** The element `tag` inside the page's shadow root. */
export function part<K extends keyof HTMLElementTagNameMap>(editor: TimelineEditor, tag: K): HTMLElementTagNameMap[K] {
  const found = editor.shadowRoot!.querySelector(tag);
  if (!found) throw new Error(`no <${tag}> in the page`);
  return found;
}

export function textArea(editor: TimelineEditor): HTMLTextAreaElement {
  return part(editor, 'editor-input').shadowRoot!.querySelector('textarea')!;
}

/** Text put into the text area as a paste does: its value, then an input event. */
export function paste(editor: TimelineEditor, text: string): void {
  const area = textArea(editor);
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

export async function fetchText(url: string): Promise<string> {
  return (await fetch(url)).text();
}

/** Waits until both previews (phone and page width) have drawn a document; returns its event titles. */
export async function previewTitles(loads: PreviewDrawn[]): Promise<string[]> {
  await waitUntil(() => loads.length >= 2, 'both previews draw the document', { timeout: 10000 });
  return loads.at(-1)!.detail.document.events.map((event) => event.title);
}

/** The problems list's items as text, whitespace collapsed. */
export function problemTexts(editor: TimelineEditor): string[] {
  const list = part(editor, 'editor-problems').shadowRoot!;
  return [...list.querySelectorAll('li')].map((item) => item.textContent.replace(/\s+/g, ' ').trim());
}

/** A button of the page (its own, or one of its parts') by its text. */
export function buttonNamed(root: ShadowRoot, name: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent.trim() === name);
  if (!button) throw new Error(`no button "${name}"`);
  return button;
}

/** Replaces navigator.clipboard.writeText for one test (engines refuse it without a user gesture); returns what was written. */
export function stubClipboard(refuse = false): { written: string[]; restore: () => void } {
  const written: string[] = [];
  const fake = { writeText: (text: string) => (refuse ? Promise.reject(new Error('denied')) : (written.push(text), Promise.resolve())) };
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: fake, configurable: true });
  return {
    written,
    restore: () => (own ? Object.defineProperty(navigator, 'clipboard', own) : delete (navigator as { clipboard?: unknown }).clipboard),
  };
}

/** Points the HTML block at the built standalone file (scripts/test.mjs builds it first) and copies it with `clipboard`. */
export async function copyHtmlBlock(editor: TimelineEditor, clipboard: { written: string[] }): Promise<void> {
  const outputs = part(editor, 'editor-outputs');
  await outputs.updateComplete;
  const bundle = outputs.shadowRoot!.querySelector<HTMLInputElement>('input[name="bundle-url"]')!;
  bundle.value = new URL('/dist/news-timeline.bundle.js', location.href).href;
  bundle.dispatchEvent(new Event('change', { bubbles: true }));
  await outputs.updateComplete;
  buttonNamed(outputs.shadowRoot!, 'Copy the HTML block').click();
  await waitUntil(() => clipboard.written.length === 1, 'the block is copied');
}
