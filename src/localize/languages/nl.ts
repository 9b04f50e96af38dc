import type { Counting, LanguageTable } from '../localize.js';

// Dutch (nl). Translated for news readers: infinitives for actions and button names
// ("Alles tonen", "Opnieuw proberen"), no je/u; "gebeurtenis" for every event.
// For a native speaker to review:
// - range "augustus 2014 tot en met december 2015": "tot en met" because the end is included; long, "t/m" or a dash would be shorter
// - pageKeys "Page Up Page Down" (no-break spaces), openKeys "Enter Spatie": Dutch keyboards mostly print the English names; some print "PgUp PgDn"
// - controls "Zoomen en verschuiven": the buttons' group name
// - timeLimit "de gegevens zijn niet volledig ontvangen binnen de tijdslimiet van 0,5 seconden": "0,5 seconde" may read better
// - inlineData "De ingesloten tijdlijninhoud": singular so that notJson's "is" agrees
// - media: "speler" for the player; "YouTube-video" as a compound for the frame's name
// - story: "verhaal"; copyFailed "hij staat hieronder geselecteerd" (de link, masculine "hij")

/** "augustus 2014 tot en met december 2015", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} tot en met ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: 'Tijdlijn',
    loading: 'Tijdlijn laden…',
    empty: 'Nog geen tijdlijn om te tonen.',
    otherEvents: 'Overige gebeurtenissen',
    afterBreak: ({ span }: { span: string }) => `${span} later:`,

    // Zoom and pan buttons
    controls: 'Zoomen en verschuiven',
    earlier: 'Eerder',
    zoomOut: 'Uitzoomen',
    zoomIn: 'Inzoomen',
    later: 'Later',
    showAll: 'Alles tonen',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help
    shortcuts: 'Sneltoetsen',

    // Cards
    closeEvent: ({ title }: { title: string }) => `${title} sluiten`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'gebeurtenis', other: 'gebeurtenissen' })} hier`,
    closeList: 'Lijst sluiten',

    // Story: stepping through the events one card at a time
    previousEvent: 'Vorige gebeurtenis',
    nextEvent: 'Volgende gebeurtenis',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} van ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} van ${number(total)}: ${date}, ${title}`,
    startStory: 'Verhaal starten',
    pauseStory: 'Verhaal pauzeren',
    playStory: 'Verhaal afspelen',

    // Links to events (with `permalinks`)
    copyLink: 'Link kopiëren',
    linkCopied: 'Link gekopieerd.',
    copyFailed: 'De link kon niet worden gekopieerd; hij staat hieronder geselecteerd om met de hand te kopiëren.',
    eventLink: ({ title }: { title: string }) => `Link naar ${title}`,

    // Clusters
    merged: 'Samengevoegde gebeurtenissen',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `Nog ${number(count)} ${plural(count, { one: 'gebeurtenis', other: 'gebeurtenissen' })}, ${range(from, to)}: tonen`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Getoond: ${range(from, to)}, ${number(visible)} van ${number(total)} ${plural(total, { one: 'gebeurtenis', other: 'gebeurtenissen' })}`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `De tijdlijn kon niet worden geladen van ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `de server antwoordde met ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `de gegevens zijn niet volledig ontvangen binnen de tijdslimiet van ${number(seconds)} ${plural(seconds, { one: 'seconde', other: 'seconden' })}`,
    networkFailed: 'het netwerkverzoek is mislukt (offline, geblokkeerd of niet toegestaan vanaf deze pagina)',
    inlineData: 'De ingesloten tijdlijninhoud',
    timelineFile: ({ where }: { where: string }) => `Het tijdlijnbestand ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} is geen geldige JSON: ${detail}`,
    unusable: 'Het tijdlijndocument kon niet worden gebruikt.',
    wholeDocument: '(document)',
    moreProblems: ({ count }: { count: number }) =>
      `… en nog ${number(count)} ${plural(count, { one: 'probleem', other: 'problemen' })} (zie de eigenschap {problems} van het element).`,
    retry: 'Opnieuw proberen',
    source: 'Bron:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `Afspelen op ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Bij afspelen wordt de speler van ${site} geladen.`,
    mediaOpen: ({ site }: { site: string }) => `Openen op ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Deze pagina staat de speler van ${site} niet toe.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `${site}-video: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Tussen de knoppen bewegen, daarna naar de gebeurtenissen',
    arrowsAction: 'Vorige of volgende gebeurtenis',
    endsKeys: 'Home End',
    endsAction: 'Eerste of laatste gebeurtenis',
    openKeys: 'Enter Spatie',
    openAction: 'De gebeurtenis openen',
    closeKey: 'Esc',
    closeAction: 'De gebeurtenis of deze lijst sluiten',
    zoomAction: 'In- of uitzoomen',
    showAllAction: 'Alles tonen',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Eerder of later',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Nieuw',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'nieuwe gebeurtenis', other: 'nieuwe gebeurtenissen' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'gebeurtenis bijgewerkt', other: 'gebeurtenissen bijgewerkt' })}`,
    liveRemoved: 'De geopende gebeurtenis is uit de tijdlijn verwijderd.',
    liveRetry: ({ seconds }: { seconds: number }) => `Bijwerken mislukt. Nieuwe poging over ${number(seconds)} ${plural(seconds, { one: 'seconde', other: 'seconden' })}.`,
    livePause: 'Updates pauzeren',
    liveResume: 'Updates hervatten',
    liveFailed: 'Bijwerken mislukt: het nieuwe tijdlijndocument kon niet worden gebruikt.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Gebeurtenissen tonen uit',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(shown)} van ${number(total)} ${plural(total, { one: 'gebeurtenis', other: 'gebeurtenissen' })} getoond`,
    findLabel: 'Zoeken in de tijdlijn',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Geen resultaten' : `${number(count)} ${plural(count, { one: 'resultaat', other: 'resultaten' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Resultaat ${number(position)} van ${number(count)}: ${title}`,
  };
}

