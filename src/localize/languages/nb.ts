import type { Counting, LanguageTable } from '../localize.js';

// Norwegian Bokmål (nb). Translated for news readers: imperative forms for buttons and actions
// ("Vis alt", "Lukk"), as Norwegian interfaces do; no du/De address.
// For a native speaker to review:
// - "hendelse" chosen for event; "Sammenslåtte hendelser" for merged clusters
// - "Zoom og panorering" as the name of the button group: "panorering" may feel technical
// - Key names as Norwegian Windows documentation writes them (Tab, Enter, Mellomrom, Esc, Home End, Page Up/Down)
// - "frakoblet" for offline in the network error; "offline" may be more familiar
// - media: "avspilleren" for the player; "YouTube-video" as a compound for the frame's name
// - story: "historien"; "lenke" for link (vs "link")

/** "<from> til <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} til ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'Tidslinje',
    loading: 'Laster inn tidslinjen…',
    empty: 'Ingen tidslinje å vise ennå.',
    otherEvents: 'Andre hendelser',
    afterBreak: ({ span }: { span: string }) => `${span} senere:`,

    // Zoom and pan buttons

    controls: 'Zoom og panorering',
    earlier: 'Tidligere',
    zoomOut: 'Zoom ut',
    zoomIn: 'Zoom inn',
    later: 'Senere',
    showAll: 'Vis alt',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'Hurtigtaster',

    // Cards

    closeEvent: ({ title }: { title: string }) => `Lukk ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'hendelse', other: 'hendelser' })} her`,
    closeList: 'Lukk listen',

    // Story: stepping through the events one card at a time

    previousEvent: 'Forrige hendelse',
    nextEvent: 'Neste hendelse',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} av ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} av ${number(total)}: ${date}, ${title}`,
    startStory: 'Start historien',
    pauseStory: 'Sett historien på pause',
    playStory: 'Spill av historien',

    // Links to events (with `permalinks`)

    copyLink: 'Kopier lenke',
    linkCopied: 'Lenken er kopiert.',
    copyFailed: 'Lenken kunne ikke kopieres; den er merket nedenfor, så den kan kopieres manuelt.',
    eventLink: ({ title }: { title: string }) => `Lenke til ${title}`,

    // Clusters

    merged: 'Sammenslåtte hendelser',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `Ytterligere ${number(count)} ${plural(count, { one: 'hendelse', other: 'hendelser' })}, ${range(from, to)}: ${plural(count, { one: 'vis den', other: 'vis dem' })}`,

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Viser ${range(from, to)}, ${number(visible)} av ${number(total)} ${plural(total, { one: 'hendelse', other: 'hendelser' })}`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Kunne ikke laste inn tidslinjen fra ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `serveren svarte med ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `den kom ikke fram i sin helhet innen tidsgrensen på ${number(seconds)} ${plural(seconds, { one: 'sekund', other: 'sekunder' })}`,
    networkFailed: 'nettverksforespørselen mislyktes (frakoblet, blokkert eller ikke tillatt fra denne siden)',
    inlineData: 'De innebygde tidslinjedataene',
    timelineFile: ({ where }: { where: string }) => `Tidslinjefilen ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} er ikke gyldig JSON: ${detail}`,
    unusable: 'Tidslinjedokumentet kunne ikke brukes.',
    wholeDocument: '(dokument)',
    moreProblems: ({ count }: { count: number }) => `…og ${number(count)} til (se elementets {problems}).`,
    retry: 'Prøv igjen',
    source: 'Kilde:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `Spill av på ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Avspilling laster inn avspilleren fra ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Åpne på ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Denne siden tillater ikke avspilleren fra ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `${site}-video: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Gå mellom knappene og deretter inn i hendelsene',
    arrowsAction: 'Forrige eller neste hendelse',
    endsKeys: 'Home End',
    endsAction: 'Første eller siste hendelse',
    openKeys: 'Enter Mellomrom',
    openAction: 'Åpne hendelsen',
    closeKey: 'Esc',
    closeAction: 'Lukk hendelsen eller denne listen',
    zoomAction: 'Zoom inn eller ut',
    showAllAction: 'Vis alt',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Tidligere eller senere',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Ny',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'ny hendelse', other: 'nye hendelser' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'hendelse oppdatert', other: 'hendelser oppdatert' })}`,
    liveRemoved: 'Den åpne hendelsen ble fjernet fra tidslinjen.',
    liveRetry: ({ seconds }: { seconds: number }) => `Kunne ikke oppdatere. Prøver igjen om ${number(seconds)} ${plural(seconds, { one: 'sekund', other: 'sekunder' })}.`,
    livePause: 'Sett oppdateringer på pause',
    liveResume: 'Fortsett oppdateringer',
    liveFailed: 'Kunne ikke oppdatere: det nye tidslinjedokumentet kunne ikke brukes.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Vis hendelser fra',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(shown)} av ${number(total)} ${plural(total, { one: 'hendelse', other: 'hendelser' })} vises`,
    findLabel: 'Søk i tidslinjen',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Ingen treff' : `${number(count)} ${plural(count, { one: 'treff', other: 'treff' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Treff ${number(position)} av ${number(count)}: ${title}`,
  };
}

