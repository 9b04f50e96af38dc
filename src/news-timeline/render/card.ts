import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineDocument, TimelineEvent, TimelineMedia } from '../../core/document/types.js';
import type { DateLabelList } from '../../core/layout/drawing.js';
import { eventById } from '../../core/layout/columns.js';
import { htmlDatetime } from '../../core/time/dates.js';
import { formatEventDate } from '../../core/time/format.js';
import { localize, type Strings } from '../../localize/localize.js';
import { loadMediaPlayer } from '../../media-player.js';

/**
 * The open event's card: its tools (story steps, a link), date, title, media with alt and credit,
 * summary, links. Text only, never HTML. The tools come first, in a row at the card's top, so a
 * button pressed again and again stays under the pointer whatever the length of the text below.
 * Its image is asked for only now, lazily, and without a Referer, so the image's
 * host does not learn which story the reader is on. Other media go to <news-timeline-media>,
 * whose file loads now; until it has, and if it cannot, a plain link stands in.
 */
export function renderCard(
  event: TimelineEvent, locale: string, onClose: () => void, strings: Strings, tools: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const datetime = htmlDatetime(event.date);
  return html`<section class="card" id="card" part="card" aria-labelledby="card-title" tabindex="-1">
    ${tools === nothing ? nothing : html`<div class="card-tools">${tools}</div>`}
    <time datetime=${datetime ?? nothing}>${formatEventDate(event, locale)}</time>
    <h3 id="card-title" dir="auto">${event.title}</h3>
    ${event.media ? renderMedia(event.media, event.title, strings) : nothing}
    ${event.summary ? html`<p dir="auto">${event.summary}</p>` : nothing}
    ${event.links.length
      ? html`<ul class="links">
          ${event.links.map((link) => html`<li><a href=${link.url} rel="noopener noreferrer" dir="auto">${link.label}</a></li>`)}
        </ul>`
      : nothing}
    <button type="button" class="close" part="button close-button" aria-label=${localize(strings, 'closeEvent', { title: event.title })} @click=${onClose}>
      <span aria-hidden="true">×</span>
    </button>
  </section>`;
}

/** A picture as an image; any other kind goes to the media player, a plain link until it has loaded. */
function renderMedia(media: TimelineMedia, title: string, strings: Strings): TemplateResult {
  if (media.type === 'image') {
    return html`<figure>
      <img src=${media.url} alt=${media.alt} loading="lazy" decoding="async" referrerpolicy="no-referrer" />
      ${media.credit ? html`<figcaption dir="auto">${media.credit}</figcaption>` : nothing}
    </figure>`;
  }
  loadMediaPlayer();
  // prettier-ignore
  return html`<news-timeline-media .media=${media} .eventTitle=${title} .strings=${strings}><a href=${media.url} rel="noopener noreferrer">${title}</a></news-timeline-media>`;
}

/** A cluster whose events share a date too closely for zooming to part them: pick one to open. */
export function renderClusterCard(
  events: readonly TimelineEvent[],
  dateLabels: readonly string[],
  onPick: (id: string) => void,
  onClose: () => void,
  strings: Strings,
): TemplateResult {
  return html`<section class="card cluster-card" id="card" part="card" aria-labelledby="card-title" tabindex="-1">
    <h3 id="card-title">${localize(strings, 'eventsHere', { count: events.length })}</h3>
    <ul class="cluster-members">
      ${events.map(
        (event, i) => html`<li>
          <button type="button" class="member" part="button" @click=${() => onPick(event.id)}>
            <time datetime=${htmlDatetime(event.date) ?? nothing}>${dateLabels[i]}</time> ${event.title}
          </button>
        </li>`,
      )}
    </ul>
    <button type="button" class="close" part="button close-button" aria-label=${localize(strings, 'closeList')} @click=${onClose}>
      <span aria-hidden="true">×</span>
    </button>
  </section>`;
}

/** What the open card is: a cluster's members listed, or the selected event, and their handlers. */
export interface OpenCard {
  readonly openCluster: readonly number[] | null;
  readonly onClusterPick: (id: string) => void;
  readonly onClusterClose: () => void;
  readonly onClose: () => void;
}

/** The open card: the list of a cluster too close to part, else the selected event's card with `tools`. */
export function renderOpenCard(
  { document, dateLabels }: { document: TimelineDocument; dateLabels: DateLabelList },
  open: OpenCard,
  selected: string | null,
  locale: string,
  strings: Strings,
  tools: TemplateResult | typeof nothing = nothing,
): TemplateResult | typeof nothing {
  const members = open.openCluster;
  const event = eventById(document, selected);
  if (members) {
    return renderClusterCard(members.map((i) => document.events[i]), members.map((i) => dateLabels.at(i)), open.onClusterPick, open.onClusterClose, strings);
  }
  return event ? renderCard(event, locale, open.onClose, strings, tools) : nothing;
}
