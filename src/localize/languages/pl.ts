import type { Counting, LanguageTable } from '../localize.js';

// Polish (pl). Translated for news readers: imperative forms for buttons and actions ("Pokaż wszystko",
// "Zamknij"), as Polish interfaces do; no Pan/Pani address.
// For a native speaker to review:
// - afterBreak "⟦3 lata⟧ później:" takes the formatter's nominative, so "1 godzina później" / "1 minuta później" (should be accusative)
// - closeEvent is "Zamknij: ⟦title⟧" with a colon, since a title cannot be put in the accusative
// - "Osadzony blok danych osi czasu" for the inline data (singular so that "nie jest" agrees with the file case too)
// - "Przechodź między przyciskami…" (imperfective imperative) for Tab; a noun form may suit the key list better
// - media: "w serwisie …" / "serwisu …" so the site name stays undeclined ("na YouTubie" cannot be built from a placeholder); "Film" for video
// - story: "historia" (vs "opowieść"); eventLink "Link do wydarzenia: ⟦title⟧" with a colon, as closeEvent

/** "<from> – <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'Oś czasu',
    loading: 'Wczytywanie osi czasu…',
    empty: 'Brak osi czasu do wyświetlenia.',
    otherEvents: 'Inne wydarzenia',
    afterBreak: ({ span }: { span: string }) => `${span} później:`,

    // Zoom and pan buttons

    controls: 'Powiększanie i przesuwanie',
    earlier: 'Wcześniej',
    zoomOut: 'Pomniejsz',
    zoomIn: 'Powiększ',
    later: 'Później',
    showAll: 'Pokaż wszystko',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'Skróty klawiaturowe',

    // Cards

    closeEvent: ({ title }: { title: string }) => `Zamknij: ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'wydarzenie', few: 'wydarzenia', many: 'wydarzeń', other: 'wydarzenia' })} w tym miejscu`,
    closeList: 'Zamknij listę',

    // Story: stepping through the events one card at a time

    previousEvent: 'Poprzednie wydarzenie',
    nextEvent: 'Następne wydarzenie',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} z ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} z ${number(total)}: ${date}, ${title}`,
    startStory: 'Rozpocznij historię',
    pauseStory: 'Wstrzymaj historię',
    playStory: 'Odtwórz historię',

    // Links to events (with `permalinks`)

    copyLink: 'Kopiuj link',
    linkCopied: 'Skopiowano link.',
    copyFailed: 'Nie udało się skopiować linku; jest zaznaczony poniżej, aby skopiować go ręcznie.',
    eventLink: ({ title }: { title: string }) => `Link do wydarzenia: ${title}`,

    // Clusters

    merged: 'Połączone wydarzenia',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `Jeszcze ${number(count)} ${plural(count, { one: 'wydarzenie', few: 'wydarzenia', many: 'wydarzeń', other: 'wydarzenia' })}, ${range(from, to)}: pokaż je`,

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Wyświetlany okres: ${range(from, to)}, ${number(visible)} z ${number(total)} ${plural(total, { one: 'wydarzenia', few: 'wydarzeń', many: 'wydarzeń', other: 'wydarzenia' })}`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Nie udało się wczytać osi czasu z adresu ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `serwer odpowiedział kodem ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `dane nie dotarły w całości w limicie czasu ${number(seconds)} ${plural(seconds, { one: 'sekundy', few: 'sekund', many: 'sekund', other: 'sekundy' })}`,
    networkFailed: 'żądanie sieciowe nie powiodło się (tryb offline, blokada lub brak zezwolenia z tej strony)',
    inlineData: 'Osadzony blok danych osi czasu',
    timelineFile: ({ where }: { where: string }) => `Plik osi czasu ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} nie jest poprawnym JSON-em: ${detail}`,
    unusable: 'Dokument osi czasu nie nadaje się do użycia.',
    wholeDocument: '(dokument)',
    moreProblems: ({ count }: { count: number }) => `…i jeszcze ${number(count)} (zobacz właściwość {problems} elementu).`,
    retry: 'Spróbuj ponownie',
    source: 'Źródło:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `Odtwórz w serwisie ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Odtworzenie wczytuje odtwarzacz serwisu ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Otwórz w serwisie ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Ta strona nie zezwala na odtwarzacz serwisu ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `Film z serwisu ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Przechodź między przyciskami, a potem do wydarzeń',
    arrowsAction: 'Poprzednie lub następne wydarzenie',
    endsKeys: 'Home End',
    endsAction: 'Pierwsze lub ostatnie wydarzenie',
    openKeys: 'Enter Spacja',
    openAction: 'Otwórz wydarzenie',
    closeKey: 'Esc',
    closeAction: 'Zamknij wydarzenie lub tę listę',
    zoomAction: 'Powiększ lub pomniejsz',
    showAllAction: 'Pokaż wszystko',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Wcześniej lub później',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Nowe',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'nowe wydarzenie', few: 'nowe wydarzenia', many: 'nowych wydarzeń', other: 'nowego wydarzenia' })}`,
    liveChanged: ({ count }: { count: number }) => `${plural(count, { one: `Zaktualizowano ${number(count)} wydarzenie`, few: `Zaktualizowano ${number(count)} wydarzenia`, many: `Zaktualizowano ${number(count)} wydarzeń`, other: `Zaktualizowano ${number(count)} wydarzenia` })}`,
    liveRemoved: 'Otwarte wydarzenie zostało usunięte z osi czasu.',
    liveRetry: ({ seconds }: { seconds: number }) => `Nie udało się zaktualizować. Ponowna próba za ${number(seconds)} ${plural(seconds, { one: 'sekundę', few: 'sekundy', many: 'sekund', other: 'sekundy' })}.`,
    livePause: 'Wstrzymaj aktualizacje',
    liveResume: 'Wznów aktualizacje',
    liveFailed: 'Nie udało się zaktualizować: nowy dokument osi czasu nie nadaje się do użycia.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Pokaż wydarzenia z',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `Pokazano ${number(shown)} z ${number(total)} ${plural(total, { one: 'wydarzenia', few: 'wydarzeń', many: 'wydarzeń', other: 'wydarzenia' })}`,
    findLabel: 'Szukaj na osi czasu',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Brak wyników' : `${number(count)} ${plural(count, { one: 'wynik', few: 'wyniki', many: 'wyników', other: 'wyniku' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Wynik ${number(position)} z ${number(count)}: ${title}`,
  };
}

