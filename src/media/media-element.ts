import type { TimelineMedia } from '../core/document/types.js';
import { mediaEn, type MediaStrings } from '../localize/media.js';
import { embedOf, siteOf, type Embed } from './embed.js';
import { playerStyles } from './styles.js';

const h = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
};

const link = (url: string, className: string, text?: string): HTMLAnchorElement => {
  const anchor = h('a', className, text);
  anchor.href = url;
  anchor.rel = 'noopener noreferrer';
  return anchor;
};

/**
 * `<news-timeline-media>`: an event's media other than a picture, drawn in the card of
 * `<news-timeline>` (which loads this element's file, news-timeline.media.js, when such a card
 * first opens; its light-DOM content, a plain link, shows until then and whenever it fails).
 *
 * - `video`, `audio`: the browser's own player with controls, `preload="metadata"`, never
 *   autoplaying; a `captions` WebVTT file as its captions track (from the page's own site, or
 *   served with CORS).
 * - `youtube`, `vimeo`: click to load. A panel with the title, a "Play on YouTube" button and a
 *   link to the video's page; nothing is asked of the site until the reader presses Play, then
 *   its privacy-enhanced player (youtube-nocookie.com, player.vimeo.com with dnt=1) plays in
 *   an iframe with a title. A strict page must allow it: `frame-src https://www.youtube-nocookie.com
 *   https://player.vimeo.com`; where the page's policy blocks it, a message and the link take
 *   its place.
 * - `page`, or a video address without a video in it: a link card with the site's name and the title.
 *
 * Text only, never HTML. Colours follow the timeline's `--news-timeline-accent`, `-text`,
 * `-muted` and `-line` custom properties.
 *
 * @property media - `{ url, type, alt?, credit?, captions? }`: the event's media.
 * @property eventTitle - the event's title: the media's title when it has no `alt`.
 * @property strings - the timeline's strings; media strings it lacks are English.
 * @property locale - the captions track's language; by default the `lang` this element is in (the timeline's locale).
 */
export class NewsTimelineMedia extends HTMLElement {
  #media: TimelineMedia | undefined;
  #eventTitle = '';
  #strings: Partial<MediaStrings> | undefined;
  #locale = '';
  #drawn = false;
  #pending = false;
  #unwatch: (() => void) | undefined;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [playerStyles()];
    // Properties a template set before this element was defined go through the setters now.
    const own = this as unknown as Record<string, unknown>;
    for (const key of ['media', 'eventTitle', 'strings', 'locale']) {
      if (!Object.hasOwn(own, key)) continue;
      const value = own[key];
      delete own[key];
      own[key] = value;
    }
  }

  get media(): TimelineMedia | undefined {
    return this.#media;
  }
  set media(value: TimelineMedia | undefined) {
    this.#media = value;
    this.#schedule();
  }
  get eventTitle(): string {
    return this.#eventTitle;
  }
  set eventTitle(value: string) {
    this.#eventTitle = value;
    this.#schedule();
  }
  get strings(): Partial<MediaStrings> | undefined {
    return this.#strings;
  }
  set strings(value: Partial<MediaStrings> | undefined) {
    this.#strings = value;
    this.#schedule();
  }
  get locale(): string {
    return this.#locale;
  }
  set locale(value: string) {
    this.#locale = value;
    this.#schedule();
  }

  connectedCallback(): void {
    if (!this.#drawn) this.#schedule();
  }

  disconnectedCallback(): void {
    this.#unwatch?.();
  }

  /** Draws once per task, however many properties change together. */
  #schedule(): void {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.isConnected) this.#draw();
    });
  }

  #text<K extends keyof MediaStrings>(key: K, values: Parameters<MediaStrings[K]>[0]): string {
    const format = (this.strings?.[key] ?? mediaEn[key]) as (values: Parameters<MediaStrings[K]>[0]) => string;
    return format(values);
  }

  get #title(): string {
    return this.media?.alt || this.eventTitle || siteOf(this.media?.url ?? '');
  }

  #draw(): void {
    this.#drawn = true;
    this.#unwatch?.();
    const root = this.shadowRoot!;
    const media = this.media;
    if (!media) {
      root.replaceChildren();
      return;
    }
    const embed = embedOf(media.type, media.url);
    const body =
      media.type === 'video' || media.type === 'audio' ? this.#player(media, media.type) : embed ? this.#panel(media, embed) : this.#linkCard(media.url);
    root.replaceChildren(body);
    if (media.credit) root.append(h('p', 'credit', media.credit));
  }

  /** A native player; when its file cannot be played, the link card instead. */
  #player(media: TimelineMedia, kind: 'video' | 'audio'): HTMLMediaElement {
    const player = h(kind);
    player.controls = true;
    player.preload = 'metadata';
    player.setAttribute('aria-label', this.#title);
    if (media.captions) {
      const track = h('track');
      track.kind = 'captions';
      track.src = media.captions;
      track.default = true;
      try {
        const locale = this.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
        track.srclang = new Intl.Locale(locale).language;
        track.label = new Intl.DisplayNames([locale], { type: 'language' }).of(track.srclang) ?? track.srclang;
      } catch {
        // An invalid locale: a track without a stated language still plays.
      }
      player.append(track);
    }
    player.addEventListener('error', () => player.replaceWith(this.#linkCard(media.url)), { once: true });
    player.src = media.url;
    return player;
  }

  /** Click to load: nothing from the site until the reader presses Play. */
  #panel(media: TimelineMedia, embed: Embed): HTMLElement {
    const panel = h('div', 'panel');
    const play = h('button', 'play', this.#text('mediaPlay', { site: embed.site }));
    play.type = 'button';
    const consent = h('p', 'consent', this.#text('mediaConsent', { site: embed.site }));
    consent.id = 'consent';
    play.setAttribute('aria-describedby', consent.id);
    play.addEventListener('click', () => this.#play(panel, embed));
    panel.append(h('p', 'title', this.#title), play, consent, link(media.url, 'open', this.#text('mediaOpen', { site: embed.site })));
    return panel;
  }

  /** The player frame in place of the panel, focused; a blocked frame becomes a message and the link. */
  #play(panel: HTMLElement, embed: Embed): void {
    const url = this.media!.url;
    const frame = h('iframe');
    frame.title = this.#text('mediaFrame', { site: embed.site, title: this.#title });
    frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    frame.allowFullscreen = true;
    // YouTube's player asks for the embedding page's origin; never its path.
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    const open = link(url, 'open', this.#text('mediaOpen', { site: embed.site }));
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (!event.blockedURI.startsWith(embed.origin)) return;
      this.#unwatch?.();
      const hadFocus = this.shadowRoot!.activeElement === frame;
      frame.replaceWith(h('p', 'blocked', this.#text('mediaBlocked', { site: embed.site })));
      if (hadFocus) open.focus();
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    this.#unwatch = () => {
      document.removeEventListener('securitypolicyviolation', onViolation);
      this.#unwatch = undefined;
    };
    frame.src = embed.src;
    panel.replaceWith(frame, open);
    frame.focus();
  }

  /** A page as a link: its site's name and the title; never an image. */
  #linkCard(url: string): HTMLAnchorElement {
    const card = link(url, 'link-card');
    card.append(h('span', 'site', siteOf(url)), h('span', 'title', this.#title));
    return card;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline-media': NewsTimelineMedia;
  }
}
