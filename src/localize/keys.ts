// The strings of the list of keyboard shortcuts, in English. They live apart from en.ts
// because only the keys file (news-timeline.keys.js), loaded when a reader first presses "?",
// uses them: the standalone file does not carry them (the "?" button's own name, `shortcuts`,
// stays in en.ts). Each language translates them in its own table under these keys; a table
// without them reads these.

/** Every string of the list of keys, in English. */
export const keysEn = {
  /** Keyboard help, the Tab key's name. */
  tabKey: 'Tab',
  /** Keyboard help: what Tab does. */
  tabAction: 'Move between the buttons, then into the events',
  /** Keyboard help: what the arrow keys do. */
  arrowsAction: 'Previous or next event',
  /** Keyboard help, the Home and End keys' names (one space between keys). */
  endsKeys: 'Home End',
  /** Keyboard help: what Home and End do. */
  endsAction: 'First or last event',
  /** Keyboard help, the Enter and Space keys' names. */
  openKeys: 'Enter Space',
  /** Keyboard help: what Enter and Space do. */
  openAction: 'Open the event',
  /** Keyboard help, the Escape key's name. */
  closeKey: 'Escape',
  /** Keyboard help: what Escape does. */
  closeAction: 'Close the event or this list',
  /** Keyboard help: what + and − do. */
  zoomAction: 'Zoom in or out',
  /** Keyboard help: what 0 does. */
  showAllAction: 'Show everything',
  /** Keyboard help, the Page Up and Page Down keys' names (each word shown as a key). */
  pageKeys: 'Page Up Page Down',
  /** Keyboard help: what Page Up and Page Down do. */
  pageAction: 'Earlier or later',
};

export type KeyStrings = typeof keysEn;
