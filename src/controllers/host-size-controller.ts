import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the host's own content width (a container measure, not the viewport) and its text size. */
export class HostSizeController implements ReactiveController {
  /** Content-box width in CSS px; 0 until the host is laid out. */
  width = 0;
  /** The host's font size over the default 16 px: 2 when a reader zooms text to 200%. */
  textScale = 1;

  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: ResizeObserver | undefined;
  #frame: number | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      // See docs/performance.md#resize-on-the-next-frame.
      const width = entry.contentRect.width;
      if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        this.#frame = undefined;
        this.#setWidth(width);
      });
    });
    this.#observer.observe(this.#host);
    this.#setWidth(this.#host.getBoundingClientRect().width);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }

  #setWidth(width: number): void {
    const rounded = Math.floor(width);
    // Text zoom changes the size of what the host holds, so it arrives here too.
    const textScale = (Number.parseFloat(getComputedStyle(this.#host).fontSize) || 16) / 16;
    if (rounded !== this.width || textScale !== this.textScale) {
      this.width = rounded;
      this.textScale = textScale;
      this.#host.requestUpdate();
    }
  }
}
