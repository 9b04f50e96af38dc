import type { Counting, LanguageTable } from '../localize.js';

// Finnish (fi). Translated for news readers: imperative forms for buttons and actions ("Näytä kaikki",
// "Sulje", "Lähennä"/"Loitonna" as in Finnish Windows), no direct address otherwise.
// For a native speaker to review:
// - afterBreak is "Kului ⟦3 vuotta⟧:" because "⟦1 vuosi⟧ myöhemmin" would need the partitive the formatter does not give
// - showing reads "…, 8 tapahtumasta 5" (of 8 events, 5); check it sounds natural when announced
// - "Upotettu aikajanadata" for the inline data may be too colloquial ("aikajanatiedot" is plural and breaks "ei ole")
// - Key names as printed on keyboards (Tab, Enter); Microsoft's Finnish style writes "Sarkain"
// - media: "sivustolla …" / "sivustolta …" so the site name needs no case ending ("YouTubessa" would read better but cannot be built from a placeholder)
// - eventPosition "3/9" as Finnish galleries write it ("3. / 9" or "9:stä" would need case endings on a number)
// - story: "tarina"; pause/play "Keskeytä"/"Toista" (players also say "Tauko")

/** "<from> – <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'Aikajana',
    loading: 'Ladataan aikajanaa…',
    empty: 'Ei vielä näytettävää aikajanaa.',
    otherEvents: 'Muut tapahtumat',
    afterBreak: ({ span }: { span: string }) => `Kului ${span}:`,

    // Zoom and pan buttons

    controls: 'Zoomaus ja vieritys',
    earlier: 'Aiemmin',
    zoomOut: 'Loitonna',
    zoomIn: 'Lähennä',
    later: 'Myöhemmin',
    showAll: 'Näytä kaikki',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'Pikanäppäimet',

    // Cards

    closeEvent: ({ title }: { title: string }) => `Sulje ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'tapahtuma', other: 'tapahtumaa' })} tässä kohdassa`,
    closeList: 'Sulje luettelo',

    // Story: stepping through the events one card at a time

    previousEvent: 'Edellinen tapahtuma',
    nextEvent: 'Seuraava tapahtuma',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)}/${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)}/${number(total)}: ${date}, ${title}`,
    startStory: 'Aloita tarina',
    pauseStory: 'Keskeytä tarina',
    playStory: 'Toista tarina',

    // Links to events (with `permalinks`)

    copyLink: 'Kopioi linkki',
    linkCopied: 'Linkki kopioitu.',
    copyFailed: 'Linkkiä ei voitu kopioida; se on valittuna alla, jotta sen voi kopioida käsin.',
    eventLink: ({ title }: { title: string }) => `Linkki tapahtumaan: ${title}`,

    // Clusters

    merged: 'Yhdistetyt tapahtumat',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${number(count)} ${plural(count, { one: 'tapahtuma', other: 'tapahtumaa' })} lisää, ${range(from, to)}: ${plural(count, { one: 'näytä se', other: 'näytä ne' })}`,

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Näytetään ${range(from, to)}, ${number(total)} ${plural(total, { one: 'tapahtumasta', other: 'tapahtumasta' })} ${number(visible)}`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Aikajanaa ei voitu ladata osoitteesta ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `palvelin vastasi koodilla ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `tiedot eivät saapuneet kokonaan ${number(seconds)} ${plural(seconds, { one: 'sekunnin', other: 'sekunnin' })} aikarajan kuluessa`,
    networkFailed: 'verkkopyyntö epäonnistui (ei verkkoyhteyttä, estetty tai ei sallittu tältä sivulta)',
    inlineData: 'Upotettu aikajanadata',
    timelineFile: ({ where }: { where: string }) => `Aikajanatiedosto ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} ei ole kelvollista JSONia: ${detail}`,
    unusable: 'Aikajanadokumenttia ei voitu käyttää.',
    wholeDocument: '(dokumentti)',
    moreProblems: ({ count }: { count: number }) =>
      `…ja ${number(count)} ${plural(count, { one: 'muu', other: 'muuta' })} (katso elementin ominaisuus {problems}).`,
    retry: 'Yritä uudelleen',
    source: 'Lähde:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `Toista sivustolla ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Toisto lataa soittimen sivustolta ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Avaa sivustolla ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Tämä sivu ei salli sivuston ${site} soitinta.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `${site}-video: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Siirry painikkeiden välillä ja sitten tapahtumiin',
    arrowsAction: 'Edellinen tai seuraava tapahtuma',
    endsKeys: 'Home End',
    endsAction: 'Ensimmäinen tai viimeinen tapahtuma',
    openKeys: 'Enter Välilyönti',
    openAction: 'Avaa tapahtuma',
    closeKey: 'Esc',
    closeAction: 'Sulje tapahtuma tai tämä luettelo',
    zoomAction: 'Lähennä tai loitonna',
    showAllAction: 'Näytä kaikki',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Aiemmin tai myöhemmin',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Uusi',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'uusi tapahtuma', other: 'uutta tapahtumaa' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'tapahtuma päivitetty', other: 'tapahtumaa päivitetty' })}`,
    liveRemoved: 'Avoinna ollut tapahtuma poistettiin aikajanalta.',
    liveRetry: ({ seconds }: { seconds: number }) => `Päivitys epäonnistui. Yritetään uudelleen ${number(seconds)} ${plural(seconds, { one: 'sekunnin', other: 'sekunnin' })} kuluttua.`,
    livePause: 'Keskeytä päivitykset',
    liveResume: 'Jatka päivityksiä',
    liveFailed: 'Päivitys epäonnistui: uutta aikajanadokumenttia ei voitu käyttää.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Näytä tapahtumat ryhmästä',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `Näytetään ${number(shown)}/${number(total)} ${plural(total, { one: 'tapahtuma', other: 'tapahtumaa' })}`,
    findLabel: 'Hae aikajanalta',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Ei osumia' : `${number(count)} ${plural(count, { one: 'osuma', other: 'osumaa' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Osuma ${number(position)}/${number(count)}: ${title}`,
  };
}

