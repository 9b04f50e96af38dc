import type { Counting, LanguageTable } from '../localize.js';

// Czech (cs). Translated for news readers: infinitives for buttons and actions ("Zobrazit vše",
// "Zavřít"), as Czech interfaces do; no ty/vy address.
// For a native speaker to review:
// - afterBreak "⟦3 roky⟧ později:" takes the formatter's nominative, so "1 hodina později" (should be "hodinu"); "O … později" may read better
// - closeEvent is "Zavřít: ⟦title⟧" with a colon, since a title cannot be put in the accusative
// - "Vložený obsah časové osy" for the inline data (singular so that "není" agrees with the file case too)
// - cluster "Dalších 12 událostí, …: zobrazit je" may be long for a badge's accessible name
// - media: "Přehrát na YouTube" leaves the name undeclined (colloquially "na YouTubu"); "přehrávač služby …" where a genitive is needed
// - story: "příběh"; eventLink "Odkaz na událost: ⟦title⟧" with a colon, as closeEvent

/** "<from> – <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'Časová osa',
    loading: 'Načítání časové osy…',
    empty: 'Zatím žádná časová osa k zobrazení.',
    otherEvents: 'Ostatní události',
    afterBreak: ({ span }: { span: string }) => `${span} později:`,

    // Zoom and pan buttons

    controls: 'Přiblížení a posun',
    earlier: 'Dříve',
    zoomOut: 'Oddálit',
    zoomIn: 'Přiblížit',
    later: 'Později',
    showAll: 'Zobrazit vše',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'Klávesové zkratky',

    // Cards

    closeEvent: ({ title }: { title: string }) => `Zavřít: ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'událost', few: 'události', many: 'události', other: 'událostí' })} na tomto místě`,
    closeList: 'Zavřít seznam',

    // Story: stepping through the events one card at a time

    previousEvent: 'Předchozí událost',
    nextEvent: 'Další událost',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} z ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} z ${number(total)}: ${date}, ${title}`,
    startStory: 'Spustit příběh',
    pauseStory: 'Pozastavit příběh',
    playStory: 'Přehrát příběh',

    // Links to events (with `permalinks`)

    copyLink: 'Kopírovat odkaz',
    linkCopied: 'Odkaz zkopírován.',
    copyFailed: 'Odkaz se nepodařilo zkopírovat; je označen níže, aby jej bylo možné zkopírovat ručně.',
    eventLink: ({ title }: { title: string }) => `Odkaz na událost: ${title}`,

    // Clusters

    merged: 'Sloučené události',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${plural(count, { one: 'Další', few: 'Další', many: 'Další', other: 'Dalších' })} ${number(count)} ${plural(count, { one: 'událost', few: 'události', many: 'události', other: 'událostí' })}, ${range(from, to)}: ${plural(count, { one: 'zobrazit ji', other: 'zobrazit je' })}`,

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Zobrazeno: ${range(from, to)}, ${number(visible)} z ${number(total)} ${plural(total, { one: 'události', few: 'událostí', many: 'události', other: 'událostí' })}`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Časovou osu se nepodařilo načíst z adresy ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `server odpověděl kódem ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `data nedorazila celá v časovém limitu ${number(seconds)} ${plural(seconds, { one: 'sekundy', few: 'sekund', many: 'sekundy', other: 'sekund' })}`,
    networkFailed: 'síťový požadavek selhal (offline, zablokováno nebo z této stránky nepovoleno)',
    inlineData: 'Vložený obsah časové osy',
    timelineFile: ({ where }: { where: string }) => `Soubor časové osy ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} není platný JSON: ${detail}`,
    unusable: 'Dokument časové osy nelze použít.',
    wholeDocument: '(dokument)',
    moreProblems: ({ count }: { count: number }) =>
      `…a ${number(count)} ${plural(count, { one: 'další', few: 'další', many: 'dalšího', other: 'dalších' })} (viz vlastnost {problems} prvku).`,
    retry: 'Zkusit znovu',
    source: 'Zdroj:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `Přehrát na ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Přehráním se načte přehrávač služby ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Otevřít na ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Tato stránka nepovoluje přehrávač služby ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `Video ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Přecházet mezi tlačítky a pak na události',
    arrowsAction: 'Předchozí nebo další událost',
    endsKeys: 'Home End',
    endsAction: 'První nebo poslední událost',
    openKeys: 'Enter Mezerník',
    openAction: 'Otevřít událost',
    closeKey: 'Esc',
    closeAction: 'Zavřít událost nebo tento seznam',
    zoomAction: 'Přiblížit nebo oddálit',
    showAllAction: 'Zobrazit vše',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Dříve nebo později',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Nové',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'nová událost', few: 'nové události', many: 'nové události', other: 'nových událostí' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'událost aktualizována', few: 'události aktualizovány', many: 'události aktualizováno', other: 'událostí aktualizováno' })}`,
    liveRemoved: 'Otevřená událost byla z časové osy odstraněna.',
    liveRetry: ({ seconds }: { seconds: number }) => `Aktualizace se nezdařila. Další pokus za ${number(seconds)} ${plural(seconds, { one: 'sekundu', few: 'sekundy', many: 'sekundy', other: 'sekund' })}.`,
    livePause: 'Pozastavit aktualizace',
    liveResume: 'Obnovit aktualizace',
    liveFailed: 'Aktualizace se nezdařila: nový dokument časové osy nelze použít.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Zobrazit události z',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `Zobrazeno ${number(shown)} z ${number(total)} ${plural(total, { one: 'události', few: 'událostí', many: 'události', other: 'událostí' })}`,
    findLabel: 'Hledat na časové ose',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Žádné shody' : `${number(count)} ${plural(count, { one: 'shoda', few: 'shody', many: 'shody', other: 'shod' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Shoda ${number(position)} z ${number(count)}: ${title}`,
  };
}

