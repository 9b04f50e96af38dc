import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the host's own content width (a container measure, not the viewport). */
export class ResizeController implements ReactiveController {
  /** Content-box width in CSS px; 0 until the host is laid out. */
  width = 0;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private observer: ResizeObserver | undefined;
  private frame: number | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      // Re-render on the next frame: changing size inside the observer's own callback is the
      // "ResizeObserver loop" browsers report.
      const width = entry.contentRect.width;
      if (this.frame !== undefined) cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        this.setWidth(width);
      });
    });
    this.observer.observe(this.host);
    this.setWidth(this.host.getBoundingClientRect().width);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private setWidth(width: number): void {
    const rounded = Math.floor(width);
    if (rounded !== this.width) {
      this.width = rounded;
      this.host.requestUpdate();
    }
  }
}
