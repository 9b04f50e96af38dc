import { LitElement, html, type TemplateResult } from 'lit';

let count = 0;

/**
 * A bare Lit element for a controller's test: `draw` says what its shadow root holds, and
 * `updates` counts its updates. Each call defines a new tag, so tests never share a class.
 */
export function defineTestHost(draw: (host: TestHost) => TemplateResult = () => html``): typeof TestHost {
  const tag = `controller-test-host-${(count += 1)}`;
  class Host extends TestHost {
    protected override render(): TemplateResult {
      return draw(this);
    }
  }
  customElements.define(tag, Host);
  return Host;
}

export class TestHost extends LitElement {
  updates = 0;
  selected: string | null = null;

  protected override updated(): void {
    this.updates += 1;
  }
}

/** Connects `host` to the page in a box `width` px wide and waits for its first update. */
export async function attach<T extends TestHost>(host: T, width = 400): Promise<T> {
  host.style.display = 'block';
  host.style.width = `${width}px`;
  document.body.append(host);
  await host.updateComplete;
  return host;
}
