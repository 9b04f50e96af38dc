import type { Counting, LanguageTable } from '../localize.js';

// Italian (it). Translated for news readers: the imperative usual in Italian interfaces for
// buttons and actions ("Mostra tutto", "Riprova"); "evento" for every event.
// For a native speaker to review:
// - range uses a spaced en dash ("agosto 2014 – dicembre 2015") to avoid "da … a" / "dal … al" agreement with every date shape
// - endsKeys "Home Fine", openKeys "Invio Spazio", pageKeys "Pag↑ Pag↓": as printed on common Italian keyboards; some print ↖ for Home
// - zoomIn/zoomOut "Ingrandisci"/"Riduci" rather than "Zoom avanti"/"Zoom indietro"
// - controls "Zoom e scorrimento": the buttons' group name
// - showing "Periodo mostrato: …, 5 eventi su 8": the noun follows the visible count, not the total
// - cluster "Altri 12 eventi, …: mostrali" (one: "1 altro evento, …: mostralo")
// - media: "player" kept as in Italian YouTube help ("lettore" is the purist term)
// - story: "storia" (vs "racconto"); "Copia link" as Italian browsers write it

/** "agosto 2014 – dicembre 2015", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: 'Cronologia',
    loading: 'Caricamento della cronologia…',
    empty: 'Ancora nessuna cronologia da mostrare.',
    otherEvents: 'Altri eventi',
    afterBreak: ({ span }: { span: string }) => `${span} dopo:`,

    // Zoom and pan buttons
    controls: 'Zoom e scorrimento',
    earlier: 'Prima',
    zoomOut: 'Riduci',
    zoomIn: 'Ingrandisci',
    later: 'Dopo',
    showAll: 'Mostra tutto',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help
    shortcuts: 'Scorciatoie da tastiera',

    // Cards
    closeEvent: ({ title }: { title: string }) => `Chiudi ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'evento', many: 'di eventi', other: 'eventi' })} qui`,
    closeList: 'Chiudi l’elenco',

    // Story: stepping through the events one card at a time
    previousEvent: 'Evento precedente',
    nextEvent: 'Evento successivo',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} di ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} di ${number(total)}: ${date}, ${title}`,
    startStory: 'Inizia la storia',
    pauseStory: 'Metti in pausa la storia',
    playStory: 'Riproduci la storia',

    // Links to events (with `permalinks`)
    copyLink: 'Copia link',
    linkCopied: 'Link copiato.',
    copyFailed: 'Impossibile copiare il link; è selezionato qui sotto per copiarlo a mano.',
    eventLink: ({ title }: { title: string }) => `Link a ${title}`,

    // Clusters
    merged: 'Eventi raggruppati',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${plural(count, {
        one: `${number(count)} altro evento`,
        many: `Altri ${number(count)} di eventi`,
        other: `Altri ${number(count)} eventi`,
      })}, ${range(from, to)}: ${plural(count, { one: 'mostralo', many: 'mostrali', other: 'mostrali' })}`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Periodo mostrato: ${range(from, to)}, ${number(visible)} ${plural(visible, { one: 'evento', many: 'di eventi', other: 'eventi' })} su ${number(total)}`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Impossibile caricare la cronologia da ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `il server ha risposto con il codice ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `non è arrivata per intero entro il limite di ${number(seconds)} ${plural(seconds, { one: 'secondo', many: 'di secondi', other: 'secondi' })}`,
    networkFailed: 'la richiesta di rete non è riuscita (offline, bloccata o non consentita da questa pagina)',
    inlineData: 'Il contenuto incorporato della cronologia',
    timelineFile: ({ where }: { where: string }) => `Il file della cronologia ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} non è un JSON valido: ${detail}`,
    unusable: 'Impossibile usare il documento della cronologia.',
    wholeDocument: '(documento)',
    moreProblems: ({ count }: { count: number }) =>
      `… e ${plural(count, {
        one: `${number(count)} altro problema`,
        many: `altri ${number(count)} di problemi`,
        other: `altri ${number(count)} problemi`,
      })} (vedi la proprietà {problems} dell’elemento).`,
    retry: 'Riprova',
    source: 'Fonte:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `Riproduci su ${site}`,
    mediaConsent: ({ site }: { site: string }) => `La riproduzione carica il player di ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Apri su ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Questa pagina non consente il player di ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `Video di ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Spostati tra i pulsanti, poi tra gli eventi',
    arrowsAction: 'Evento precedente o successivo',
    endsKeys: 'Home Fine',
    endsAction: 'Primo o ultimo evento',
    openKeys: 'Invio Spazio',
    openAction: 'Apri l’evento',
    closeKey: 'Esc',
    closeAction: 'Chiudi l’evento o questo elenco',
    zoomAction: 'Ingrandisci o riduci',
    showAllAction: 'Mostra tutto',
    pageKeys: 'Pag↑ Pag↓',
    pageAction: 'Prima o dopo',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Nuovo',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'nuovo evento', many: 'di nuovi eventi', other: 'nuovi eventi' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'evento aggiornato', many: 'di eventi aggiornati', other: 'eventi aggiornati' })}`,
    liveRemoved: 'L’evento aperto è stato rimosso dalla cronologia.',
    liveRetry: ({ seconds }: { seconds: number }) => `Impossibile aggiornare. Nuovo tentativo tra ${number(seconds)} ${plural(seconds, { one: 'secondo', many: 'di secondi', other: 'secondi' })}.`,
    livePause: 'Sospendi gli aggiornamenti',
    liveResume: 'Riprendi gli aggiornamenti',
    liveFailed: 'Impossibile aggiornare: il nuovo documento della cronologia non è utilizzabile.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Mostra gli eventi di',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(shown)} di ${number(total)} ${plural(total, { one: 'evento mostrato', many: 'di eventi mostrati', other: 'eventi mostrati' })}`,
    findLabel: 'Cerca nella cronologia',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Nessun risultato' : `${number(count)} ${plural(count, { one: 'risultato', many: 'di risultati', other: 'risultati' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Risultato ${number(position)} di ${number(count)}: ${title}`,
  };
}

