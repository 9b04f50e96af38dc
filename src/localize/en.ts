import { numbersFor, pluralsFor } from './plural.js';

const plural = /* @__PURE__ */ pluralsFor('en');
const number = /* @__PURE__ */ numbersFor('en');
/** "May to June", or "May" when both ends read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} to ${to}`);

/**
 * Every string a reader sees or hears, in English: the table other languages translate key
 * for key. A message made from values is a function of them; numbers choose their plural
 * form through `Intl.PluralRules`. Read it through `localize()`.
 */
export const en = {
  // The element

  /** The timeline region's accessible name when the document has no title and no `label` is set. */
  timeline: 'Timeline',
  /** Shown while a `src` document is on its way. */
  loading: 'Loading timeline…',
  /** Shown when no document has been given. */
  empty: 'No timeline to show yet.',
  /** The name of the lane holding events without a group, when other events have one. */
  otherEvents: 'Other events',
  /** Heard before the date of the first event after a shortened empty stretch of the axis: "3 years later:". */
  afterBreak: ({ span }: { span: string }) => `${span} later:`,

  // Zoom and pan buttons

  /** The accessible name of the zoom and pan buttons' group. */
  controls: 'Zoom and pan',
  /** The button that pans to earlier dates. */
  earlier: 'Earlier',
  /** The button that zooms out. */
  zoomOut: 'Zoom out',
  /** The button that zooms in. */
  zoomIn: 'Zoom in',
  /** The button that pans to later dates. */
  later: 'Later',
  /** The button that shows the whole document again. */
  showAll: 'Show all',
  /** A button's tooltip: its name and its key, "Zoom in (+)". */
  withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

  // Keyboard help

  /** The button that shows the keys, and the list of them (whose own strings are in keys.ts). */
  shortcuts: 'Keyboard shortcuts',

  // Cards

  /** The open card's close button, named after its event. */
  closeEvent: ({ title }: { title: string }) => `Close ${title}`,
  /** The heading of a card listing events too close together to part by zooming. */
  eventsHere: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'event', other: 'events' })} here`,
  /** That card's close button. */
  closeList: 'Close the list',

  // Story: stepping through the events one card at a time

  /** The card's button that opens the event before this one, in date order. */
  previousEvent: 'Previous event',
  /** The card's button that opens the event after this one, in date order. */
  nextEvent: 'Next event',
  /** The open event's place in date order, shown in its card: "3 of 9". */
  eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} of ${number(total)}`,
  /** Heard when Previous or Next has opened an event (focus stays on the button): "3 of 9: 8 August 2014, US air strikes begin". */
  storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
    `${number(position)} of ${number(total)}: ${date}, ${title}`,
  /** The toolbar button that opens the first event's card, or goes back to the open one. */
  startStory: 'Start the story',
  /** With `autoplay`: the toolbar button that stops the stepping. */
  pauseStory: 'Pause the story',
  /** With `autoplay`: the toolbar button that goes on stepping. */
  playStory: 'Play the story',

  // Links to events (with `permalinks`)

  /** The card's button that copies a link to its event. */
  copyLink: 'Copy link',
  /** Heard once the link is on the clipboard. */
  linkCopied: 'Link copied.',
  /** Shown and heard when the clipboard refused: the link is then shown, selected, to copy by hand. */
  copyFailed: 'The link could not be copied; it is selected below to copy by hand.',
  /** The name of the field showing the link to copy by hand. */
  eventLink: ({ title }: { title: string }) => `Link to ${title}`,

  // Clusters

  /** The accessible name of the group of cluster badges. */
  merged: 'Merged events',
  /** A cluster badge's text, "+12". */
  badge: ({ count }: { count: number }) => `+${number(count)}`,
  /** A cluster badge's accessible name: how many, over what dates (equal when one day), and what it does. */
  cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
    `${number(count)} more ${plural(count, { one: 'event', other: 'events' })}, ${range(from, to)}: show them`,

  // The live region

  /** What is announced after a zoom or pan: the window's dates (equal when one period), and how many events it shows. */
  showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
    `Showing ${range(from, to)}, ${number(visible)} of ${number(total)} ${plural(total, { one: 'event', other: 'events' })}`,

  // Errors and credit

  /** Why a `src` document did not load; `reason` is one of the clauses below or the browser's message. */
  loadFailed: ({ where, reason }: { where: string; reason: string }) => `Could not load the timeline from ${where}: ${reason}.`,
  /** Reason: the server's HTTP status code, "404" (its status text is the server's own English, so left out). */
  serverAnswered: ({ status }: { status: number }) => `the server answered ${status}`,
  /** Reason: the `load-timeout` ran out. */
  timeLimit: ({ seconds }: { seconds: number }) => `it did not arrive in full within the ${number(seconds)}-second time limit`,
  /** Reason: the request failed without an answer. */
  networkFailed: 'the network request failed (offline, blocked, or not allowed from this page)',
  /** What is not JSON: the inline `<script type="application/json">` child. */
  inlineData: 'The inline timeline data',
  /** What is not JSON: the file at `where`. */
  timelineFile: ({ where }: { where: string }) => `The timeline file ${where}`,
  /** A document that is not JSON, with the browser's reason. */
  notJson: ({ what, detail }: { what: string; detail: string }) => `${what} is not valid JSON: ${detail}`,
  /** A document with no usable events and no more specific reason. */
  unusable: 'The timeline document could not be used.',
  /** The path shown for a problem with the document as a whole. */
  wholeDocument: '(document)',
  /** After the problems listed under an error; `{problems}` marks where the property's name goes, as code. */
  moreProblems: ({ count }: { count: number }) => `…and ${number(count)} more (see the element's {problems}).`,
  /** The button that loads a failed `src` again. */
  retry: 'Try again',
  /** Before the document's credit. */
  source: 'Source:',
  /** A link in the printed list: its label and address. */
  printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,
};
