import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Options/Media',
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

/** A two-event document whose first event, open, carries `media`. */
function withMedia(media: Record<string, string>): TimelineArgs {
  return {
    selected: 'lovelace',
    data: {
      version: 1,
      title: 'Media in a card',
      events: [
        { id: 'lovelace', date: '1843', title: 'Ada Lovelace publishes her Notes', summary: 'The first published program.', media },
        { date: '1991', title: 'A working Difference Engine is built' },
      ],
    },
  };
}

/** A picture (`type: "image"`, or an address ending in a picture's extension): `alt` is required; asked for lazily, with no Referer. */
export const Image: Story = {
  args: withMedia({ url: `${location.origin}/fixtures/media/engine.svg`, alt: 'Two gear wheels, drawn plainly', credit: 'news-timeline' }),
};

/**
 * A video file (`type: "video"`, or .mp4/.webm/.mov…): the browser's own player, with controls,
 * metadata only until Play, never autoplaying; `captions` names a WebVTT track. (The catalogue
 * ships no video file: a sound file shows the same player.)
 */
export const Video: Story = {
  args: withMedia({ url: `${location.origin}/fixtures/media/silence.wav`, type: 'video', captions: `${location.origin}/fixtures/media/captions.vtt` }),
};

/** A sound file (`type: "audio"`, or .mp3/.m4a/.ogg/.wav…): native controls, no autoplay. */
export const Audio: Story = {
  args: withMedia({ url: `${location.origin}/fixtures/media/silence.wav`, type: 'audio', alt: 'Silence, one tenth of a second' }),
};

/**
 * A YouTube video: click to load. Nothing is asked of YouTube until the reader presses Play;
 * then the privacy-enhanced player (youtube-nocookie.com) plays in a titled frame.
 */
export const YouTube: Story = {
  args: withMedia({ url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', alt: 'A lecture on the Analytical Engine' }),
};

/** A Vimeo video: click to load, then player.vimeo.com with "do not track" (dnt=1). */
export const Vimeo: Story = {
  args: withMedia({ url: 'https://vimeo.com/76979871', alt: 'The making of a Difference Engine' }),
};

/** Any other page (`type: "page"`): a link card with the site's name and the title, never a broken image. */
export const Page: Story = {
  args: withMedia({ url: 'https://en.wikipedia.org/wiki/Ada_Lovelace', type: 'page' }),
};
