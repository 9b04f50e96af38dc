import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { localize, type Strings, type TextKey } from '../../localize/localize.js';

export type ControlAction = 'zoom-in' | 'zoom-out' | 'reset' | 'pan-back' | 'pan-forward';

const ICONS: Record<ControlAction, SVGTemplateResult> = {
  'zoom-in': svg`<path d="M10 4v12M4 10h12" />`,
  'zoom-out': svg`<path d="M4 10h12" />`,
  reset: svg`<path d="M3 7V3h4M17 7V3h-4M3 13v4h4M17 13v4h-4" />`,
  'pan-back': svg`<path d="M12 4l-6 6 6 6" />`,
  'pan-forward': svg`<path d="M8 4l6 6-6 6" />`,
};

const CONTROLS: ReadonlyArray<{ action: ControlAction; name: TextKey; key: string }> = [
  { action: 'pan-back', name: 'earlier', key: 'PageUp' },
  { action: 'zoom-out', name: 'zoomOut', key: '-' },
  { action: 'zoom-in', name: 'zoomIn', key: '+' },
  { action: 'pan-forward', name: 'later', key: 'PageDown' },
  { action: 'reset', name: 'showAll', key: '0' },
];

/**
 * The zoom and pan buttons. One that can go no further says so with aria-disabled and
 * stays focusable, rather than vanishing from the Tab order or doing nothing silently.
 */
export function renderControls(
  enabled: Readonly<Record<ControlAction, boolean>>,
  onAction: (action: ControlAction) => void,
  strings: Strings,
): TemplateResult {
  return html`<div class="controls" part="controls" role="group" aria-label=${localize(strings, 'controls')}>
    ${CONTROLS.map(({ action, name, key }) => {
      const label = localize(strings, name);
      return html`<button
        type="button"
        class="control"
        part="button control-${action}"
        data-action=${action}
        aria-label=${label}
        aria-disabled=${enabled[action] ? 'false' : 'true'}
        title=${localize(strings, 'withKey', { label, key })}
        @click=${() => enabled[action] && onAction(action)}
      >
        <svg class=${action.startsWith('pan-') ? 'directional' : ''} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          ${ICONS[action]}
        </svg>
      </button>`;
    })}
  </div>`;
}
