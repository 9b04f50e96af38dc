// The interface strings of media other than pictures, in English. They live apart from en.ts
// because only the media file (news-timeline.media.js), loaded when a card with such media
// first opens, uses them: the standalone file does not carry them. Each language translates
// them in its own table under these keys; a table without them reads these.

/** Every string of the media player, in English. */
export const mediaEn = {
  /** The button that loads a YouTube or Vimeo player (nothing is fetched from the site before): "Play on YouTube". */
  mediaPlay: ({ site }: { site: string }) => `Play on ${site}`,
  /** Beside that button: what pressing it does, for readers who mind which sites they contact. */
  mediaConsent: ({ site }: { site: string }) => `Playing loads the player from ${site}.`,
  /** The link to the video or page on its own site: "Open on YouTube", "Open on en.wikipedia.org". */
  mediaOpen: ({ site }: { site: string }) => `Open on ${site}`,
  /** Shown in place of a player that the page's security policy blocked, before the link to its site. */
  mediaBlocked: ({ site }: { site: string }) => `This page does not allow the ${site} player.`,
  /** The player frame's accessible name: "YouTube video: Ada Lovelace". */
  mediaFrame: ({ site, title }: { site: string; title: string }) => `${site} video: ${title}`,
};

export type MediaStrings = typeof mediaEn;
