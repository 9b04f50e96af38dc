import { html, nothing, render, type TemplateResult } from 'lit';
import { parseTimelineDocument } from '../core/document/parse.js';
import { deriveDrawing } from '../core/layout/drawing.js';
import { zoomLimits } from '../core/window/zoom.js';
import { prepareLocale } from '../core/time/format.js';
import { renderAxis } from './render/axis.js';
import { renderClusters } from './render/clusters.js';
import { renderEventList } from './render/event-list.js';
import { createFrame } from '../core/layout/frame.js';
import { en } from '../localize/en.js';

/**
 * The one switch for every warm-up: the locale data, the rehearsal and the type specimen.
 * Turn it off (before any timeline connects) to measure what they save.
 * See docs/performance.md#warm-up-while-the-document-is-on-its-way.
 */
export const warmUp = { enabled: true };

const WIDTH = 600;
const none = (): void => {};
let rehearsed = false;

/**
 * A connecting timeline pays the first drawing's one-off costs while it waits: the locale
 * data now; the rehearsal after its first update (which starts a fetch), if it is `waiting`.
 */
export function startWarmUp(host: { readonly updateComplete: Promise<unknown> }, locale: string, waiting: () => boolean): void {
  if (!warmUp.enabled) return;
  prepareLocale(locale);
  void host.updateComplete.then(() => waiting() && rehearse(locale));
}

/**
 * Draws a small timeline (nine events on one day, a month and a span), once per page, into
 * an element that is never attached. Returns the drawing the first time, undefined after.
 * See docs/performance.md#rehearse-the-first-drawing.
 */
export function rehearse(locale: string): HTMLElement | undefined {
  if (rehearsed) return undefined;
  rehearsed = true;
  const events: object[] = [...'012345678'].map((title) => ({ date: '2015-12-02', title }));
  events.push({ date: '2015-10', title: 'm' }, { date: '2015-09-30', end: '2015-11-04', title: 's' });
  const document = parseTimelineDocument({ version: 1, events }).document!;
  const view = deriveDrawing(document, { domain: zoomLimits(document.events).outer, length: WIDTH, locale });
  const frame = createFrame(view, WIDTH, false);
  const drawing = globalThis.document.createElement('div');
  render(html`${renderAxis(view, frame, null, false)}${renderEventList(view, frame, {
    selectedId: null, focusId: null, onClick: none, onKeydown: none, onFocusIn: none,
  }, en)}${renderClusters(view, frame, { focusIndex: 0, describe: () => '', onActivate: none, onKeydown: none }, en)}`, drawing);
  return drawing;
}

/**
 * While `waiting`, a line of text in each style the drawn timeline uses, invisible and inert.
 * See docs/performance.md#a-type-specimen-while-loading.
 */
export function renderTypeSpecimen(waiting: boolean): TemplateResult | typeof nothing {
  if (!waiting || !warmUp.enabled) return nothing;
  const text = SPECIMEN_TEXT;
  return html`<div class="type-specimen visually-hidden" aria-hidden="true" inert>
    <h2 class="title">${text}</h2>
    <button class="control key-help-button">${text}</button>
    <div class="events"><div class="event"><button><time>${text}</time><span class="event-title">${text}</span></button></div></div>
    <svg class="axis"><text class="tick-label">${text}</text></svg>
    <button class="cluster">${text}</button>
    <div class="lane-label">${text}</div>
  </div>`;
}

/** Digits, Latin letters and the punctuation of dates: the glyphs most labels are made of. */
const SPECIMEN_TEXT = '0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ .,:;–-+()\'"?!';
