import type { Counting, LanguageTable } from '../localize.js';

// Swedish (sv). Translated for news readers: imperative forms for buttons and actions ("Visa allt",
// "Stäng"), as Swedish interfaces do; no du/ni address.
// For a native speaker to review:
// - "händelse" chosen for event; "Sammanslagna händelser" for merged clusters
// - Key names as printed on keyboards (Tab, Enter); Microsoft's Swedish style writes "Tabb" and "Retur"
// - "Inbäddade tidslinjedata" without article, to avoid "datan"; check it reads well before "är inte giltig JSON"
// - Ranges use a spaced en dash ("augusti 2014 – december 2015") rather than "till"
// - media: "spelaren" for the player; "YouTube-video" (vs "YouTube-klipp") for the frame's name
// - story: "berättelsen" (vs "historien")

/** "<from> – <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'Tidslinje',
    loading: 'Läser in tidslinjen…',
    empty: 'Ingen tidslinje att visa ännu.',
    otherEvents: 'Övriga händelser',
    afterBreak: ({ span }: { span: string }) => `${span} senare:`,

    // Zoom and pan buttons

    controls: 'Zooma och panorera',
    earlier: 'Tidigare',
    zoomOut: 'Zooma ut',
    zoomIn: 'Zooma in',
    later: 'Senare',
    showAll: 'Visa allt',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'Kortkommandon',

    // Cards

    closeEvent: ({ title }: { title: string }) => `Stäng ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'händelse', other: 'händelser' })} här`,
    closeList: 'Stäng listan',

    // Story: stepping through the events one card at a time

    previousEvent: 'Föregående händelse',
    nextEvent: 'Nästa händelse',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} av ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} av ${number(total)}: ${date}, ${title}`,
    startStory: 'Starta berättelsen',
    pauseStory: 'Pausa berättelsen',
    playStory: 'Spela upp berättelsen',

    // Links to events (with `permalinks`)

    copyLink: 'Kopiera länk',
    linkCopied: 'Länken har kopierats.',
    copyFailed: 'Länken kunde inte kopieras; den är markerad nedan så att den kan kopieras för hand.',
    eventLink: ({ title }: { title: string }) => `Länk till ${title}`,

    // Clusters

    merged: 'Sammanslagna händelser',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `Ytterligare ${number(count)} ${plural(count, { one: 'händelse', other: 'händelser' })}, ${range(from, to)}: ${plural(count, { one: 'visa den', other: 'visa dem' })}`,

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Visar ${range(from, to)}, ${number(visible)} av ${number(total)} ${plural(total, { one: 'händelse', other: 'händelser' })}`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Det gick inte att läsa in tidslinjen från ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `servern svarade med ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `den kom inte fram i sin helhet inom tidsgränsen på ${number(seconds)} ${plural(seconds, { one: 'sekund', other: 'sekunder' })}`,
    networkFailed: 'nätverksbegäran misslyckades (offline, blockerad eller inte tillåten från den här sidan)',
    inlineData: 'Inbäddade tidslinjedata',
    timelineFile: ({ where }: { where: string }) => `Tidslinjefilen ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} är inte giltig JSON: ${detail}`,
    unusable: 'Tidslinjedokumentet gick inte att använda.',
    wholeDocument: '(dokument)',
    moreProblems: ({ count }: { count: number }) => `…och ${number(count)} till (se elementets {problems}).`,
    retry: 'Försök igen',
    source: 'Källa:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `Spela upp på ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Uppspelning läser in spelaren från ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Öppna på ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Den här sidan tillåter inte spelaren från ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `${site}-video: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Flytta mellan knapparna och sedan in bland händelserna',
    arrowsAction: 'Föregående eller nästa händelse',
    endsKeys: 'Home End',
    endsAction: 'Första eller sista händelsen',
    openKeys: 'Enter Blanksteg',
    openAction: 'Öppna händelsen',
    closeKey: 'Esc',
    closeAction: 'Stäng händelsen eller den här listan',
    zoomAction: 'Zooma in eller ut',
    showAllAction: 'Visa allt',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Tidigare eller senare',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Ny',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'ny händelse', other: 'nya händelser' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'händelse uppdaterad', other: 'händelser uppdaterade' })}`,
    liveRemoved: 'Den öppna händelsen togs bort från tidslinjen.',
    liveRetry: ({ seconds }: { seconds: number }) => `Kunde inte uppdatera. Försöker igen om ${number(seconds)} ${plural(seconds, { one: 'sekund', other: 'sekunder' })}.`,
    livePause: 'Pausa uppdateringar',
    liveResume: 'Återuppta uppdateringar',
    liveFailed: 'Kunde inte uppdatera: det nya tidslinjedokumentet gick inte att använda.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Visa händelser från',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(shown)} av ${number(total)} ${plural(total, { one: 'händelse', other: 'händelser' })} visas`,
    findLabel: 'Sök i tidslinjen',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Inga träffar' : `${number(count)} ${plural(count, { one: 'träff', other: 'träffar' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Träff ${number(position)} av ${number(count)}: ${title}`,
  };
}

