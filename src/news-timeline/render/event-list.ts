import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineDrawing, DrawingItem } from '../../core/layout/drawing.js';
import { position } from '../../directives/position.js';
import { recycle } from '../../directives/recycle.js';
import type { Frame } from '../../core/layout/frame.js';
import type { TimelineGroup } from '../../core/document/types.js';
import { localize, type Strings } from '../../localize/localize.js';

export interface EventListState {
  readonly selectedId: string | null;
  readonly focusId: string | null;
  readonly onClick: (event: MouseEvent) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onFocusIn: (event: FocusEvent) => void;
  /** Events that arrived with the last live update: part `event-new` (the live file's styles show "New"). */
  readonly fresh?: ReadonlySet<string>;
  /** The document's groups: each event's is its button's description. */
  readonly groups?: readonly TimelineGroup[];
}

/**
 * The events as an ordered list in chronological order, each a button holding
 * `<time datetime>` and the title. A small document lists every event, those without a
 * drawn label (outside the window, or in a cluster) visually hidden; a large one lists
 * what is drawn plus the focused and open events, and `aria-posinset`/`aria-setsize` tell
 * where each stands in the whole ("12,001 of 100,000"). Arrow keys reach every event either
 * way. Keyed by id, so the focused button stays the same node while the window moves; a
 * label that leaves hands its nodes to one that arrives in its place (see `recycle`).
 * `role="list"` because Safari drops list semantics under `list-style: none`. The first event
 * after a shortened empty stretch says so before its date ("3 years later:"), visually hidden:
 * the axis that shows the break is hidden from assistive technology.
 */
export function renderEventList(view: TimelineDrawing, frame: Frame, state: EventListState, strings: Strings): TemplateResult {
  const after = new Map(view.breaks.map((gap) => [gap.before, localize(strings, 'afterBreak', { span: gap.label })]));
  return html`<ol class="events" role="list" @keydown=${state.onKeydown} @focusin=${state.onFocusIn}>
    ${recycle(view.items, (item) => item.event.id, (item) => renderEvent(item, frame, state, view.total, after.get(item.index)))}
  </ol>`;
}

function renderEvent(item: DrawingItem, frame: Frame, state: EventListState, total: number, afterBreak: string | undefined): TemplateResult {
  const { event } = item;
  const open = event.id === state.selectedId;
  const fresh = state.fresh?.has(event.id);
  const drawn = item.row >= 0;
  const box = drawn ? frame.label(item) : undefined;
  return html`<li
    class=${drawn ? 'event' : 'event hidden'}
    aria-posinset=${item.index + 1}
    aria-setsize=${total}
    ${position({ x: box?.x, y: box?.y, width: box?.width, height: box?.height })}
  >
    <button
      type="button"
      part="button event${open ? ' event-selected' : ''}${fresh ? ' event-new' : ''}"
      data-id=${event.id}
      tabindex=${event.id === state.focusId ? 0 : -1}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? 'card' : nothing}
      title=${state.groups?.find(({ id }) => id === event.group)?.label ?? nothing}
      @click=${state.onClick}
    >
      ${afterBreak ? html`<span class="visually-hidden">${afterBreak} </span>` : nothing}<time datetime=${item.datetime ?? nothing}>${item.dateLabel}</time>
      <span class="event-title" dir="auto">${event.title}</span>
    </button>
  </li>`;
}
