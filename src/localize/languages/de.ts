import type { Counting, LanguageTable } from '../localize.js';

// German (de). Translated for news readers: no du/Sie; infinitives for actions and button
// names ("Erneut versuchen"), nouns for groups; "Ereignis" for every event.
// For a native speaker to review:
// - openKeys "Eingabe Leertaste": many German keyboards print only ↵ on Enter; "Enter" is also common
// - closeKey "Esc" (as printed), not "Escape"; tabKey "Tab" (many keyboards print only ⇥)
// - controls "Zoomen und Verschieben": "Verschieben" for panning; "Zoom und Bildlauf" is an alternative
// - showing "Angezeigt: …, 5 von 8 Ereignissen": is the "Angezeigt:" opener natural when announced?
// - serverAnswered / timeLimit start with a capital ("Der Server …", "Die Daten …") as full sentences after the colon of loadFailed
// - inlineData "Der eingebettete Datenblock der Zeitleiste": singular so that notJson's "ist" agrees; may read technical
// - media: "Player" as in German YouTube/Vimeo help (vs "Wiedergabe"); "YouTube-Video: …" for the frame's name
// - story: "Geschichte starten/anhalten/abspielen"; "Story" or "Chronik" are alternatives newsrooms use

/** "August 2014 bis Dezember 2015", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} bis ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: 'Zeitleiste',
    loading: 'Zeitleiste wird geladen …',
    empty: 'Noch keine Zeitleiste vorhanden.',
    otherEvents: 'Sonstige Ereignisse',
    afterBreak: ({ span }: { span: string }) => `${span} später:`,

    // Zoom and pan buttons
    controls: 'Zoomen und Verschieben',
    earlier: 'Früher',
    zoomOut: 'Verkleinern',
    zoomIn: 'Vergrößern',
    later: 'Später',
    showAll: 'Alles anzeigen',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help
    shortcuts: 'Tastenkürzel',

    // Cards
    closeEvent: ({ title }: { title: string }) => `${title} schließen`,
    eventsHere: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'Ereignis', other: 'Ereignisse' })} hier`,
    closeList: 'Liste schließen',

    // Story: stepping through the events one card at a time
    previousEvent: 'Vorheriges Ereignis',
    nextEvent: 'Nächstes Ereignis',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} von ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} von ${number(total)}: ${date}, ${title}`,
    startStory: 'Geschichte starten',
    pauseStory: 'Geschichte anhalten',
    playStory: 'Geschichte abspielen',

    // Links to events (with `permalinks`)
    copyLink: 'Link kopieren',
    linkCopied: 'Link kopiert.',
    copyFailed: 'Der Link konnte nicht kopiert werden; er ist unten markiert, um ihn von Hand zu kopieren.',
    eventLink: ({ title }: { title: string }) => `Link zu ${title}`,

    // Clusters
    merged: 'Zusammengefasste Ereignisse',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${number(count)} ${plural(count, { one: 'weiteres Ereignis', other: 'weitere Ereignisse' })}, ${range(from, to)}: anzeigen`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Angezeigt: ${range(from, to)}, ${number(visible)} von ${number(total)} ${plural(total, { one: 'Ereignis', other: 'Ereignissen' })}`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Die Zeitleiste konnte nicht von ${where} geladen werden: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `Der Server antwortete mit ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `Die Daten kamen nicht innerhalb des Zeitlimits von ${number(seconds)} ${plural(seconds, { one: 'Sekunde', other: 'Sekunden' })} vollständig an`,
    networkFailed: 'Die Netzwerkanfrage ist fehlgeschlagen (offline, blockiert oder von dieser Seite aus nicht erlaubt)',
    inlineData: 'Der eingebettete Datenblock der Zeitleiste',
    timelineFile: ({ where }: { where: string }) => `Die Zeitleistendatei ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} ist kein gültiges JSON: ${detail}`,
    unusable: 'Das Zeitleistendokument konnte nicht verwendet werden.',
    wholeDocument: '(Dokument)',
    moreProblems: ({ count }: { count: number }) =>
      `… und ${number(count)} ${plural(count, { one: 'weiteres Problem', other: 'weitere Probleme' })} (siehe {problems} des Elements).`,
    retry: 'Erneut versuchen',
    source: 'Quelle:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `Auf ${site} abspielen`,
    mediaConsent: ({ site }: { site: string }) => `Beim Abspielen wird der Player von ${site} geladen.`,
    mediaOpen: ({ site }: { site: string }) => `Auf ${site} öffnen`,
    mediaBlocked: ({ site }: { site: string }) => `Diese Seite erlaubt den Player von ${site} nicht.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `${site}-Video: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Zwischen den Schaltflächen wechseln, dann zu den Ereignissen',
    arrowsAction: 'Vorheriges oder nächstes Ereignis',
    endsKeys: 'Pos1 Ende',
    endsAction: 'Erstes oder letztes Ereignis',
    openKeys: 'Eingabe Leertaste',
    openAction: 'Ereignis öffnen',
    closeKey: 'Esc',
    closeAction: 'Ereignis oder diese Liste schließen',
    zoomAction: 'Vergrößern oder verkleinern',
    showAllAction: 'Alles anzeigen',
    pageKeys: 'Bild↑ Bild↓',
    pageAction: 'Früher oder später',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Neu',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'neues Ereignis', other: 'neue Ereignisse' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'Ereignis aktualisiert', other: 'Ereignisse aktualisiert' })}`,
    liveRemoved: 'Das geöffnete Ereignis wurde aus der Zeitleiste entfernt.',
    liveRetry: ({ seconds }: { seconds: number }) => `Aktualisierung fehlgeschlagen. Neuer Versuch in ${number(seconds)} ${plural(seconds, { one: 'Sekunde', other: 'Sekunden' })}.`,
    livePause: 'Aktualisierungen anhalten',
    liveResume: 'Aktualisierungen fortsetzen',
    liveFailed: 'Aktualisierung fehlgeschlagen: Das neue Zeitleistendokument konnte nicht verwendet werden.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Ereignisse zeigen aus',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(shown)} von ${number(total)} ${plural(total, { one: 'Ereignis', other: 'Ereignissen' })} angezeigt`,
    findLabel: 'In der Zeitleiste suchen',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Keine Treffer' : `${number(count)} ${plural(count, { one: 'Treffer', other: 'Treffer' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Treffer ${number(position)} von ${number(count)}: ${title}`,
  };
}

