import { html, nothing, type TemplateResult } from 'lit';
import type { AutoplayController } from '../../controllers/autoplay-controller.js';
import { localize, type Strings } from '../../localize/localize.js';

/**
 * The Pause/Play button of `autoplay` (WCAG 2.2.2), drawn from the first drawing, before the
 * engine arrives. Its name says what it does. If the engine could not load, nothing plays and the
 * button goes: there is nothing left to pause.
 */
export function renderAutoplayButton(autoplay: AutoplayController, strings: Strings): TemplateResult | typeof nothing {
  if (autoplay.host.autoplay === null || autoplay.failed) return nothing;
  const playing = !autoplay.paused;
  const name = localize(strings, playing ? 'pauseStory' : 'playStory');
  return html`<button
    type="button"
    class="control autoplay"
    part="button control-autoplay"
    aria-label=${name}
    title=${name}
    @click=${autoplay.onToggle}
  >
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d=${playing ? 'M7 4v12M13 4v12' : 'M6 4l10 6-10 6z'} /></svg>
  </button>`;
}
