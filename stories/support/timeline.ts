// What every story file shares: the args of <news-timeline>, one render from args to the
// element, and a play step that waits until each timeline has settled.
import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryContext } from '@storybook/web-components-vite';
import '../../src/index.js';
import './languages.js';

/** The element's attributes and `data` property, and any `--news-timeline-*` custom property. */
export interface TimelineArgs {
  src?: string;
  data?: unknown;
  locale?: string;
  label?: string;
  selected?: string;
  /** `first`, `last`, `today` or an event id: the card open when the document is drawn. */
  initialEvent?: string;
  start?: string;
  end?: string;
  orientation?: 'auto' | 'horizontal' | 'vertical';
  /** A strictly proportional time axis: no shortened empty stretches. */
  proportional?: boolean;
  /** Seconds a step of the story on its own (`''`: the attribute alone, 8). */
  autoplay?: string;
  /** Seconds before loading `src` gives up (the element's `load-timeout`). */
  loadTimeout?: number;
  /** Group ids and tags to show, space-separated (`''`: everything). */
  filter?: string;
  /** The search box and its query (`''`: the box, empty; absent: no box). */
  search?: string;
  [customProperty: `--${string}`]: string | undefined;
}

/** An empty control means "attribute not set" (`nothing` leaves it out). */
const attribute = (value: string | undefined): string | typeof nothing => value || nothing;

/** The element as a page writes it: attributes from args, `data` as a property, custom properties as style. */
export function renderTimeline(args: TimelineArgs): TemplateResult {
  const theme = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value !== '')
    .map(([name, value]) => `${name}: ${String(value)};`)
    .join(' ');
  return html`<news-timeline
    src=${attribute(args.src)}
    locale=${attribute(args.locale)}
    label=${attribute(args.label)}
    selected=${attribute(args.selected)}
    initial-event=${attribute(args.initialEvent)}
    start=${attribute(args.start)}
    end=${attribute(args.end)}
    orientation=${args.orientation === 'auto' ? nothing : attribute(args.orientation)}
    ?proportional=${args.proportional ?? false}
    autoplay=${args.autoplay ?? nothing}
    load-timeout=${args.loadTimeout ?? nothing}
    filter=${attribute(args.filter)}
    search=${args.search ?? nothing}
    style=${theme || nothing}
    .data=${args.data}
  ></news-timeline>`;
}

/** The state a story's timelines end in: ready unless a tag says otherwise (scripts/check-stories.mjs reads the same tags). */
export type SettledState = 'ready' | 'error' | 'empty' | 'loading';
export function expectedState(tags: readonly string[]): SettledState {
  for (const state of ['error', 'empty', 'loading'] as const) if (tags.includes(`expect-${state}`)) return state;
  return 'ready';
}

/** What a timeline shows now; undefined while it is still working. */
function shownState(element: Element): SettledState | undefined {
  const root = element.shadowRoot;
  const updating = (element as Element & { isUpdatePending?: boolean }).isUpdatePending;
  if (!root || updating) return undefined;
  if (root.querySelector('ol.events')) return 'ready';
  if (root.querySelector('[role="alert"]')) return 'error';
  if (root.querySelector('p.status[role="status"]')) return 'loading';
  if (root.querySelector('p.status')) return 'empty';
  return undefined;
}

/**
 * Waits until every timeline in the story shows the state its tags expect, so that the
 * accessibility check (run by the a11y addon after play) sees the settled story.
 */
export async function timelinesSettled({ canvasElement, tags }: Pick<StoryContext, 'canvasElement' | 'tags'>): Promise<void> {
  const expected = expectedState(tags);
  const deadline = performance.now() + 60_000;
  for (;;) {
    const elements = [...canvasElement.querySelectorAll('news-timeline')];
    const states = elements.map(shownState);
    if (elements.length > 0 && states.every((state) => state === expected)) return;
    if (performance.now() > deadline) {
      throw new Error(`Expected every <news-timeline> to be ${expected}; found ${states.map(String).join(', ') || 'none'}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Shared by every story file's meta. */
export const timelineMeta = {
  component: 'news-timeline',
  render: renderTimeline,
  play: timelinesSettled,
  argTypes: {
    orientation: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    proportional: { control: 'boolean' },
  },
  args: { orientation: 'auto' },
} satisfies Meta<TimelineArgs>;
