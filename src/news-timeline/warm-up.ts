import { html, render } from 'lit';
import { parseTimelineDocument } from '../core/document/parse.js';
import { deriveDrawing } from '../core/layout/drawing.js';
import { zoomLimits } from '../core/window/zoom.js';
import { renderAxis } from './render/axis.js';
import { renderClusters } from './render/clusters.js';
import { renderEventList } from './render/event-list.js';
import { createFrame } from '../core/layout/frame.js';

const WIDTH = 600;
const none = (): void => {};
let rehearsed = false;

/**
 * Draws a small timeline, once per page, into an element that is never attached, while a
 * timeline waits for its document. Lit parses a template's HTML the first time it renders
 * it, and the parse, layout and drawing code does its first, slowest run then: both happen
 * during the wait for the document rather than after it. Its events are nine on one day
 * (labels in rows, a cluster badge and its dots), a month (its bracket) and a span (its
 * bar). Returns the drawing the first time, undefined after.
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
  })}${renderClusters(view, frame, { focusIndex: 0, describe: () => '', onActivate: none, onKeydown: none })}`, drawing);
  return drawing;
}
