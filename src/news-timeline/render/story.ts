import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { localize, type Strings } from '../../localize/localize.js';

/** What the story's buttons read and call (a StoryController). */
export interface StoryButtons {
  position(id: string | null): { position: number; total: number } | undefined;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
}

/**
 * The card's Previous, Next and "3 of 9", the buttons first so that no width of the count moves
 * them. At an end the button says so with aria-disabled and stays focusable: focus never drops out.
 */
export function renderStoryNav(story: StoryButtons, id: string | null, strings: Strings): TemplateResult | typeof nothing {
  const at = story.position(id);
  if (!at) return nothing;
  const button = (which: 'previous' | 'next', enabled: boolean, onPress: () => void, path: SVGTemplateResult) => {
    const label = localize(strings, `${which}Event`);
    return html`<button
      type="button"
      class="control"
      part="button story-${which}"
      aria-label=${label}
      title=${label}
      aria-disabled=${enabled ? 'false' : 'true'}
      @click=${() => enabled && onPress()}
    >
      <svg class="directional" viewBox="0 0 20 20" aria-hidden="true" focusable="false">${path}</svg>
    </button>`;
  };
  return html`${button('previous', at.position > 1, story.onPrevious, svg`<path d="M12 4l-6 6 6 6" />`)}
    ${button('next', at.position < at.total, story.onNext, svg`<path d="M8 4l6 6-6 6" />`)}
    <span class="story-position" part="story-position">${localize(strings, 'eventPosition', at)}</span>`;
}

/** The toolbar's "Start the story": opens the first event (or keeps the open one) and focuses Next. */
export function renderStartStory(onStart: () => void, strings: Strings): TemplateResult {
  return html`<button type="button" class="control story-start" part="button control-story" @click=${onStart}>
    ${localize(strings, 'startStory')}
  </button>`;
}
