// What a reader sees of a mounted <news-timeline>: which events have a readable label, how
// many "+N" badges hide the rest, how tall the element is and whether anything inside it
// scrolls. Plain measurement, no assertions: the element tests assert on it and
// `npm run story:check` (scripts/story-readability.mjs) loads this same file in a page.
// Self-contained on purpose (type imports only), so a page can import it as it is.

/** The smallest label a reader can read and tap: at least this wide and tall, in CSS px. */
export const MIN_LABEL = { width: 24, height: 16 };

/** Rounding slack, in CSS px, for edges that touch. */
const SLACK = 0.5;

export interface LabelReading {
  readonly id: string;
  /** A label button exists for the event in the shadow root. */
  readonly rendered: boolean;
  /** Drawn: not visually hidden (clustered or out of view), not clipped away by the plot. */
  readonly visible: boolean;
  readonly width: number;
  readonly height: number;
  /** At least MIN_LABEL in both directions. */
  readonly bigEnough: boolean;
  /** Wholly inside the element's box (nothing sticking out to either side, above or below). */
  readonly inside: boolean;
  /** Ids of the other visible labels it overlaps. */
  readonly overlaps: readonly string[];
  /** All of the above: rendered, visible, big enough, inside, overlapping nothing. */
  readonly readable: boolean;
  /** Its title is cut short (the two-line clamp): reported, not part of `readable`. */
  readonly truncated: boolean;
}

export interface Readability {
  /** Events in the element's document. */
  readonly total: number;
  /** Events whose label is readable. */
  readonly readable: number;
  /** One reading per event, in document order. */
  readonly labels: readonly LabelReading[];
  /** "+N" cluster badges shown, and how many events they stand for. */
  readonly badges: number;
  readonly badgeEvents: number;
  /** Pairs of visible labels that overlap. */
  readonly overlaps: number;
  /** Visible labels whose title is cut short. */
  readonly truncated: number;
  /** The element's box, CSS px (rounded to 0.1). */
  readonly width: number;
  readonly height: number;
  /** 'vertical' or 'horizontal', as drawn. */
  readonly orientation: string;
  /** Something inside is wider than the element, or a visible label sticks out of it. */
  readonly sticksOut: boolean;
  /** The plot or the region holds more than its box shows (scrollHeight/Width > client size). */
  readonly scrolls: boolean;
}

interface Box { left: number; right: number; top: number; bottom: number; width: number; height: number }

interface TimelineLike extends HTMLElement {
  readonly timelineDocument?: { readonly events: readonly { readonly id: string }[] };
}

const round = (value: number) => Math.round(value * 10) / 10;

function within(inner: Box, outer: Box): boolean {
  return inner.left >= outer.left - SLACK && inner.right <= outer.right + SLACK
    && inner.top >= outer.top - SLACK && inner.bottom <= outer.bottom + SLACK;
}

function apart(a: Box, b: Box): boolean {
  return a.right <= b.left + SLACK || b.right <= a.left + SLACK || a.bottom <= b.top + SLACK || b.bottom <= a.top + SLACK;
}

function hiddenByStyle(element: Element, root: ShadowRoot): boolean {
  for (let node: Element | null = element; node && node !== root.host; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return true;
  }
  return false;
}

function overflows(element: Element | null): boolean {
  return !!element && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);
}

/** Measures `element` (a `<news-timeline>` that has drawn its document) as a reader sees it. */
export function measureReadability(element: HTMLElement): Readability {
  const root = element.shadowRoot;
  if (!root) throw new Error('measureReadability: the element has no shadow root');
  const events = (element as TimelineLike).timelineDocument?.events ?? [];
  const host = element.getBoundingClientRect();
  const plot = root.querySelector('.plot');
  const region = root.querySelector('.timeline');
  const clip = plot?.getBoundingClientRect();

  const boxes = new Map<string, Box>();
  const partial = events.map((event) => {
    const button = root.querySelector<HTMLButtonElement>(`ol.events > li > button[data-id="${CSS.escape(event.id)}"]`);
    const box = button?.getBoundingClientRect();
    const visible = !!button && !!box && !!clip && !button.closest('li')!.classList.contains('hidden')
      && box.width > 0 && box.height > 0 && within(box, clip) && !hiddenByStyle(button, root);
    if (visible) boxes.set(event.id, box);
    const title = button?.querySelector('.event-title');
    return {
      id: event.id,
      rendered: !!button,
      visible,
      width: round(box?.width ?? 0),
      height: round(box?.height ?? 0),
      bigEnough: !!box && box.width >= MIN_LABEL.width && box.height >= MIN_LABEL.height,
      inside: !!box && within(box, host),
      truncated: visible && !!title && title.scrollHeight > title.clientHeight + 1,
    };
  });

  const drawn = [...boxes];
  const overlapping = new Map<string, string[]>();
  let overlaps = 0;
  for (let i = 0; i < drawn.length; i += 1) {
    for (let j = i + 1; j < drawn.length; j += 1) {
      if (apart(drawn[i][1], drawn[j][1])) continue;
      overlaps += 1;
      overlapping.set(drawn[i][0], [...(overlapping.get(drawn[i][0]) ?? []), drawn[j][0]]);
      overlapping.set(drawn[j][0], [...(overlapping.get(drawn[j][0]) ?? []), drawn[i][0]]);
    }
  }
  const labels = partial.map((reading) => {
    const others = overlapping.get(reading.id) ?? [];
    return { ...reading, overlaps: others, readable: reading.visible && reading.bigEnough && reading.inside && others.length === 0 };
  });

  const badges = [...root.querySelectorAll('.cluster')];
  const sideways = (box: Box) => box.left < host.left - SLACK || box.right > host.right + SLACK;
  return {
    total: events.length,
    readable: labels.filter((label) => label.readable).length,
    labels,
    badges: badges.length,
    badgeEvents: badges.reduce((sum, badge) => sum + (Number(/\d+/.exec(badge.textContent ?? '')?.[0]) || 0), 0),
    overlaps,
    truncated: labels.filter((label) => label.truncated).length,
    width: round(host.width),
    height: round(host.height),
    orientation: region?.classList.contains('vertical') ? 'vertical' : 'horizontal',
    sticksOut: element.scrollWidth > element.clientWidth + 1 || (region ? region.scrollWidth > region.clientWidth + 1 : false)
      || [...boxes.values()].some(sideways),
    scrolls: overflows(plot) || overflows(region),
  };
}

/** One line per event that is not readable, saying why: for assertion messages. */
export function describeUnreadable(reading: Readability): string[] {
  return reading.labels.filter((label) => !label.readable).map((label) => {
    const why = [
      !label.rendered && 'no label',
      label.rendered && !label.visible && 'hidden or clustered',
      label.visible && !label.bigEnough && `${label.width} × ${label.height} px`,
      label.visible && !label.inside && 'outside the element',
      label.overlaps.length > 0 && `overlaps ${label.overlaps.join(', ')}`,
    ].filter(Boolean);
    return `${label.id}: ${why.join('; ')}`;
  });
}

/**
 * Mounts the element in a container `width` px wide (the width it first loads at, as on a
 * phone) and waits for its drawn, sized state. The caller removes its container (class
 * `stories-fit`) when done.
 */
export async function renderAtWidth(width: number, src: string): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const parent = document.createElement('div');
  parent.style.width = `${width}px`;
  parent.className = 'stories-fit';
  const element = document.createElement('news-timeline') as unknown as HTMLElement & { updateComplete: Promise<unknown> };
  const settled = new Promise<Event>((resolve) => {
    parent.addEventListener('timeline-load', resolve, { once: true });
    parent.addEventListener('timeline-error', resolve, { once: true });
  });
  element.setAttribute('src', src);
  parent.append(element);
  document.body.append(parent);
  await settled;
  // The resize observer's frame and the update it asks for.
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
  return element;
}
