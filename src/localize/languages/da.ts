import type { Counting, LanguageTable } from '../localize.js';

// Danish (da). Translated for news readers: imperative forms for buttons and actions ("Vis alt",
// "Luk"), as Danish interfaces do; no du/De address.
// For a native speaker to review:
// - "begivenhed" chosen for event (vs "hændelse"); "Sammenlagte begivenheder" for merged clusters
// - "Zoom og panorering" as the name of the button group: "panorering" may feel technical
// - Key names as Danish Windows documentation writes them (Tab, Enter, Mellemrum, Esc, Home End, Page Up/Down)
// - timeLimit reads "den" (the timeline) and CLDR gives "0,5 sekund" in the singular
// - media: "afspilleren" for the player; "YouTube-video" as a compound for the frame's name
// - story: "historien"; pauseStory "Sæt historien på pause" may be long for a tooltip

/** "<from> til <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} til ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'Tidslinje',
    loading: 'Indlæser tidslinje…',
    empty: 'Ingen tidslinje at vise endnu.',
    otherEvents: 'Andre begivenheder',
    afterBreak: ({ span }: { span: string }) => `${span} senere:`,

    // Zoom and pan buttons

    controls: 'Zoom og panorering',
    earlier: 'Tidligere',
    zoomOut: 'Zoom ud',
    zoomIn: 'Zoom ind',
    later: 'Senere',
    showAll: 'Vis alt',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'Tastaturgenveje',

    // Cards

    closeEvent: ({ title }: { title: string }) => `Luk ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'begivenhed', other: 'begivenheder' })} her`,
    closeList: 'Luk listen',

    // Story: stepping through the events one card at a time

    previousEvent: 'Forrige begivenhed',
    nextEvent: 'Næste begivenhed',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} af ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} af ${number(total)}: ${date}, ${title}`,
    startStory: 'Start historien',
    pauseStory: 'Sæt historien på pause',
    playStory: 'Afspil historien',

    // Links to events (with `permalinks`)

    copyLink: 'Kopiér link',
    linkCopied: 'Linket er kopieret.',
    copyFailed: 'Linket kunne ikke kopieres; det er markeret nedenfor, så det kan kopieres manuelt.',
    eventLink: ({ title }: { title: string }) => `Link til ${title}`,

    // Clusters

    merged: 'Sammenlagte begivenheder',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `Yderligere ${number(count)} ${plural(count, { one: 'begivenhed', other: 'begivenheder' })}, ${range(from, to)}: ${plural(count, { one: 'vis den', other: 'vis dem' })}`,

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Viser ${range(from, to)}, ${number(visible)} af ${number(total)} ${plural(total, { one: 'begivenhed', other: 'begivenheder' })}`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Kunne ikke indlæse tidslinjen fra ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `serveren svarede med ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `den blev ikke modtaget helt inden for tidsgrænsen på ${number(seconds)} ${plural(seconds, { one: 'sekund', other: 'sekunder' })}`,
    networkFailed: 'netværksanmodningen mislykkedes (offline, blokeret eller ikke tilladt fra denne side)',
    inlineData: 'De indlejrede tidslinjedata',
    timelineFile: ({ where }: { where: string }) => `Tidslinjefilen ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} er ikke gyldig JSON: ${detail}`,
    unusable: 'Tidslinjedokumentet kunne ikke bruges.',
    wholeDocument: '(dokument)',
    moreProblems: ({ count }: { count: number }) => `…og ${number(count)} mere (se elementets {problems}).`,
    retry: 'Prøv igen',
    source: 'Kilde:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `Afspil på ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Afspilning indlæser afspilleren fra ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Åbn på ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Denne side tillader ikke afspilleren fra ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `${site}-video: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Gå mellem knapperne og derefter ind i begivenhederne',
    arrowsAction: 'Forrige eller næste begivenhed',
    endsKeys: 'Home End',
    endsAction: 'Første eller sidste begivenhed',
    openKeys: 'Enter Mellemrum',
    openAction: 'Åbn begivenheden',
    closeKey: 'Esc',
    closeAction: 'Luk begivenheden eller denne liste',
    zoomAction: 'Zoom ind eller ud',
    showAllAction: 'Vis det hele',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Tidligere eller senere',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Ny',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'ny begivenhed', other: 'nye begivenheder' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'begivenhed opdateret', other: 'begivenheder opdateret' })}`,
    liveRemoved: 'Den åbne begivenhed blev fjernet fra tidslinjen.',
    liveRetry: ({ seconds }: { seconds: number }) => `Kunne ikke opdatere. Prøver igen om ${number(seconds)} ${plural(seconds, { one: 'sekund', other: 'sekunder' })}.`,
    livePause: 'Sæt opdateringer på pause',
    liveResume: 'Genoptag opdateringer',
    liveFailed: 'Kunne ikke opdatere: det nye tidslinjedokument kunne ikke bruges.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Vis begivenheder fra',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(shown)} af ${number(total)} ${plural(total, { one: 'begivenhed', other: 'begivenheder' })} vises`,
    findLabel: 'Søg i tidslinjen',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Ingen resultater' : `${number(count)} ${plural(count, { one: 'resultat', other: 'resultater' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Resultat ${number(position)} af ${number(count)}: ${title}`,
  };
}

