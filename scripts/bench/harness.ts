// The in-page half of `npm run bench`: draws one generated document in one library and
// times it. `?lib=news-timeline|vis-timeline&events=N` (or `events=article`). The Node half
// (scripts/bench.mjs) opens a fresh page per library and size, so heaps never mix.
import { randomDocument } from '../../test/helpers/random-documents.js';

interface Timings {
  /** Data handed over → the library's own work and the browser's style and layout done. */
  readonly renderMs: number;
  /** Data handed over → the next frame has been painted. */
  readonly paintedMs: number;
  readonly zoomSteps: number[];
  readonly panSteps: number[];
  /** A later document with 10 events changed, handed over → drawn in place (news-timeline only). */
  readonly refreshSteps?: number[];
}

interface Driver {
  /** Hands the document over and resolves when the library says it has drawn. */
  draw(document: BenchDocument): Promise<void>;
  /** One zoom step (in or out), done synchronously or by the returned promise. */
  zoom(zoomIn: boolean): Promise<void> | void;
  /** One pan step of a tenth of the window. */
  pan(forward: boolean): Promise<void> | void;
  /** Hands a later document over (a refresh's path) and resolves when it is drawn in place. */
  readonly update?: (document: BenchDocument) => Promise<void>;
  readonly root: Element;
}

interface BenchEvent {
  readonly id: string;
  readonly date: string;
  readonly end?: string;
  readonly title: string;
}

interface BenchDocument {
  readonly version: 1;
  readonly title: string;
  readonly events: readonly BenchEvent[];
}

declare global {
  interface Window {
    runBenchmark(options: { steps: number; budgetMs: number }): Promise<Timings>;
    countNodes(): number;
    vis: {
      Timeline: new (container: Element, items: unknown, options: Record<string, unknown>) => VisTimeline;
      DataSet: new (items: unknown[]) => unknown;
    };
  }
}

interface VisTimeline {
  on(name: string, listener: () => void): void;
  zoomIn(percentage: number, options: { animation: boolean }): void;
  zoomOut(percentage: number, options: { animation: boolean }): void;
  getWindow(): { start: Date; end: Date };
  setWindow(start: Date, end: Date, options: { animation: boolean }): void;
  /** The unthrottled redraw behind vis-timeline's once-per-frame `_redraw`. */
  _origRedraw(): void;
}

const params = new URLSearchParams(location.search);
const library = params.get('lib') ?? 'news-timeline';
const size = params.get('events') ?? 'article';
/** One ctrl+wheel notch of news-timeline zooms by √2; vis-timeline's zoomIn(p) keeps 1 − p of the window. */
const WHEEL_DELTA = 50;
const VIS_ZOOM = 1 - Math.SQRT1_2;

function nextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

async function loadDocument(): Promise<BenchDocument> {
  if (size === 'article') {
    const response = await fetch('/demo/data/isis-libya-2015.json');
    return (await response.json()) as BenchDocument;
  }
  return randomDocument({ events: Number(size), seed: 2015, spans: 0.05 }) as unknown as BenchDocument;
}

/** A date of the document format as the instant it starts (vis-timeline takes instants). */
function startOf(date: string): Date {
  const [year, month = '01', day = '01'] = date.split('T')[0].split('-');
  const at = new Date(0);
  at.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  return at;
}

async function newsTimelineDriver(): Promise<Driver> {
  // The built standalone file, as a page would load it (a URL, not a module TypeScript resolves).
  // `?bundle=` names another build to compare (e.g. `/dist/other.js`).
  const bundleUrl = new URL(params.get('bundle') ?? '/dist/news-timeline.bundle.js', location.href).href;
  await import(bundleUrl);
  const element = document.createElement('news-timeline') as HTMLElement & {
    data: unknown;
    updateComplete: Promise<boolean>;
  };
  document.body.append(element);
  const plot = () => element.shadowRoot!.querySelector<HTMLElement>('.plot')!;
  const wheel = (init: WheelEventInit) => {
    const box = plot().getBoundingClientRect();
    plot().dispatchEvent(new WheelEvent('wheel', {
      bubbles: true, composed: true, cancelable: true,
      clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, ...init,
    }));
  };
  return {
    root: element,
    async draw(doc) {
      element.data = doc;
      await element.updateComplete;
    },
    // The reader's paths: ctrl+wheel to zoom, a horizontal wheel (trackpad swipe) to pan.
    async zoom(zoomIn) {
      wheel({ ctrlKey: true, deltaY: zoomIn ? -WHEEL_DELTA : WHEEL_DELTA });
      await element.updateComplete;
    },
    async pan(forward) {
      const width = plot().getBoundingClientRect().width;
      wheel({ deltaX: (forward ? 0.1 : -0.1) * width });
      await element.updateComplete;
    },
    // A `data` document goes the way a refresh's does (DocumentController's in-place update).
    async update(doc) {
      element.data = doc;
      await element.updateComplete;
    },
  };
}

/** `doc` with `count` titles edited, spread through the list (what a live desk changes between refreshes). */
function withChanges(doc: BenchDocument, count: number, edit: string): BenchDocument {
  const step = Math.max(1, Math.floor(doc.events.length / count));
  return {
    ...doc,
    events: doc.events.map((event, i) => (i % step === 0 && i / step < count ? { ...event, title: `${event.title} ${edit}` } : event)),
  };
}

async function visTimelineDriver(): Promise<Driver> {
  const base = '/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: base });
  const script = Object.assign(document.createElement('script'), {
    src: '/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
  });
  await Promise.all([link, script].map((node) => new Promise((resolve) => {
    node.addEventListener('load', resolve, { once: true });
    document.head.append(node);
  })));
  const container = document.createElement('div');
  document.body.append(container);
  let timeline: VisTimeline | undefined;
  // vis-timeline redraws once per animation frame; the step times call its redraw at once,
  // as the frame would, so both libraries are timed doing the same work synchronously.
  const redraw = () => timeline!._origRedraw();
  return {
    root: container,
    async draw(doc) {
      const items = doc.events.map((event) => ({
        id: event.id,
        content: event.title,
        start: startOf(event.date),
        ...(event.end ? { end: startOf(event.end), type: 'range' } : {}),
      }));
      const changed = new Promise<void>((resolve) => {
        timeline = new window.vis.Timeline(container, new window.vis.DataSet(items), {
          width: '1280px', height: '520px', stack: true, zoomKey: 'ctrlKey',
        });
        timeline.on('changed', () => resolve());
      });
      await changed;
    },
    zoom(zoomIn) {
      if (zoomIn) timeline!.zoomIn(VIS_ZOOM, { animation: false });
      else timeline!.zoomOut(VIS_ZOOM / (1 - VIS_ZOOM), { animation: false });
      redraw();
    },
    pan(forward) {
      const { start, end } = timeline!.getWindow();
      const shift = (end.getTime() - start.getTime()) * (forward ? 0.1 : -0.1);
      timeline!.setWindow(new Date(start.getTime() + shift), new Date(end.getTime() + shift), { animation: false });
      redraw();
    },
  };
}

/** Every node under the library's root, shadow trees included. */
window.countNodes = () => {
  let count = 0;
  const visit = (node: Node) => {
    count += 1;
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(driverRoot!);
  return count;
};

let driverRoot: Element | undefined;

window.runBenchmark = async ({ steps, budgetMs }) => {
  const driver = library === 'vis-timeline' ? await visTimelineDriver() : await newsTimelineDriver();
  driverRoot = driver.root;
  const doc = await loadDocument();
  await nextPaint();
  // The marks let a trace of a run (Chromium's performance panel, a probe script) find the
  // timed stretches; they cost microseconds.
  const started = performance.mark('bench:render').startTime;
  await driver.draw(doc);
  void (driver.root as HTMLElement).offsetHeight;
  driver.root.getBoundingClientRect();
  const rendered = performance.mark('bench:rendered').startTime;
  const painted = await nextPaint();
  const timeStep = async (step: () => Promise<void> | void) => {
    const from = performance.mark('bench:step').startTime;
    await step();
    driver.root.getBoundingClientRect();
    void (driver.root as HTMLElement).offsetHeight;
    const took = performance.mark('bench:stepped').startTime - from;
    await nextPaint();
    return took;
  };
  // Zoom in half the steps and back out; then pan forward and back. A slow library stops
  // early once it has used its time budget (the count of steps says so).
  const deadline = performance.now() + budgetMs;
  const zoomSteps: number[] = [];
  const panSteps: number[] = [];
  for (let i = 0; i < steps && performance.now() < deadline; i += 1) {
    zoomSteps.push(await timeStep(() => driver.zoom(i < steps / 2)));
  }
  for (let i = 0; i < steps / 2 && performance.now() < deadline; i += 1) await driver.zoom(true);
  for (let i = 0; i < steps && performance.now() < deadline; i += 1) {
    panSteps.push(await timeStep(() => driver.pan(i < steps / 2)));
  }
  // In-place updates, 10 events changed each time (the first loads news-timeline.live.js: not timed).
  const refreshSteps: number[] = [];
  if (driver.update) {
    const update = (next: BenchDocument) => driver.update!(next);
    await update(withChanges(doc, 10, '(warm-up)'));
    await nextPaint();
    for (let i = 0; i < Math.min(steps, 10) && performance.now() < deadline + budgetMs; i += 1) {
      const changed = withChanges(doc, 10, `(update ${i})`);
      refreshSteps.push(await timeStep(() => update(changed)));
    }
  }
  return { renderMs: rendered - started, paintedMs: painted - started, zoomSteps, panSteps, refreshSteps };
};
