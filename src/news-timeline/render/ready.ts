import { html, nothing, type TemplateResult } from 'lit';
import type { AutoplayController } from '../../controllers/autoplay-controller.js';
import type { DisclosureController } from '../../controllers/disclosure-controller.js';
import type { FindController } from '../../controllers/find-controller.js';
import type { KeyboardController } from '../../controllers/keyboard-controller.js';
import type { LocaleController } from '../../controllers/locale-controller.js';
import type { PermalinkController } from '../../controllers/permalink-controller.js';
import type { StoryController } from '../../controllers/story-controller.js';
import type { WindowController } from '../../controllers/window-controller.js';
import type { DrawingCluster } from '../../core/layout/drawing.js';
import { eventById } from '../../core/layout/columns.js';
import { eventAnchorMs } from '../../core/time/scale.js';
import type { DrawingState } from '../drawing-state.js';
import { renderAutoplayButton } from './autoplay-button.js';
import { renderOpenCard } from './card.js';
import { calendarDateOf, describeCluster } from './clusters.js';
import { renderControls, type ControlAction } from './controls.js';
import { renderCopyLink } from './copy-link.js';
import { renderKeyHelp, renderKeyHelpButton } from './key-help.js';
import { renderPlot } from './plot.js';
import { renderStartStory, renderStoryNav } from './story.js';

/** The element's controllers that the drawn timeline reads and calls. */
export interface ReadyParts {
  readonly views: WindowController;
  readonly keys: KeyboardController;
  readonly open: DisclosureController;
  readonly locale: LocaleController;
  readonly autoplay: AutoplayController;
  readonly story: StoryController;
  /** Links to events: the card's Copy link button. */
  readonly links: PermalinkController;
  /** Its `fresh` events are marked "New" (live updates). */
  readonly documents: { readonly fresh?: ReadonlySet<string> };
  /** Filters and search: the row above the plot, drawn by news-timeline.find.js (src/find/), empty until it loads. */
  readonly find: FindController;
}

/** A drawn document: the toolbar, the key list, the plot and the open card. */
export function renderReady(drawn: DrawingState, parts: ReadyParts, selected: string | null): TemplateResult | typeof nothing {
  const { drawing: view, frame, document: doc, calendar } = drawn;
  const { views, keys, open, locale, story, links, documents } = parts;
  const openEvent = links.engine?.on && !open.openCluster ? eventById(doc, selected) : undefined;
  const enabled = views.abilities();
  if (!view || !frame || !enabled) return nothing;
  const { strings, rtl } = locale;
  const dateOf = calendarDateOf(doc.events, locale.locale, calendar);
  // Buttons zoom around the open event when it is in view, so it stays put.
  const onControl = (action: ControlAction): void => {
    const event = eventById(doc, selected);
    views.step(action, 'button', views.within(event && eventAnchorMs(event)));
  };
  // A badge zooms to its events; where they share a date too closely to part, it lists them.
  const onClusterActivate = (cluster: DrawingCluster): void => {
    if (!views.revealCluster(cluster.domain)) open.listCluster(cluster.members);
  };
  return html`<div class="toolbar">
      ${renderStartStory(story.onStart, strings)} ${renderAutoplayButton(parts.autoplay, strings)}
      ${renderControls(enabled, onControl, strings)} ${renderKeyHelpButton(open.keyHelpOpen, open.onKeyHelpToggle, strings)}
    </div>
    ${renderKeyHelp(open.keyHelpOpen, { vertical: view.orientation === 'vertical', rtl }, strings)}
    <news-timeline-find part="find" .parts=${parts}></news-timeline-find>
    ${renderPlot(
      view, frame, rtl,
      { ...keys.eventListKeys, selectedId: selected, onClick: open.onEventClick, fresh: documents.fresh, groups: doc.groups },
      { ...keys.clusterKeys, describe: (cluster) => describeCluster(cluster, dateOf, strings), onActivate: onClusterActivate },
      strings,
    )}
    ${renderOpenCard(drawn, open, selected, locale.locale, strings, html`${renderStoryNav(story, selected, strings)}${openEvent ? renderCopyLink(links.engine!, openEvent, strings) : nothing}`)}`;
}
