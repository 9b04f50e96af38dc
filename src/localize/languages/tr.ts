import type { Counting, LanguageTable } from '../localize.js';

// Turkish (tr). Translated for news readers: the usual second-person singular imperative of
// Turkish interfaces for buttons ("Yakınlaştır", "Listeyi kapat"); the noun after a number stays singular.
// For a native speaker to review:
// - placeholders never take a suffix (a URL or title cannot follow vowel harmony): "… adresinden", "“…” olayını kapat", "8 olaydan 6 tanesi"
// - range uses a dash "Mayıs – Haziran", since "-dan … -a kadar" would need suffixes on the dates
// - openKeys "Enter Boşluk": the space bar is unlabelled; "Boşluk" vs "Ara çubuğu"
// - earlier/later "Daha önce"/"Daha sonra" for the pan buttons
// - inlineData "Sayfaya gömülü zaman çizelgesi verisi" for the inline <script> data
// - media: no suffix on the site name: "… sitesinde oynat", "… oynatıcısı", "… videosu"
// - eventPosition "3/9" as Turkish galleries write it ("9 olaydan 3’üncüsü" would need a suffix on a number)
// - story: "Hikâye" with the circumflex (many sites write "Hikaye"); "bağlantı" vs "link"

/** "<from> – <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'Zaman çizelgesi',
    loading: 'Zaman çizelgesi yükleniyor…',
    empty: 'Henüz gösterilecek bir zaman çizelgesi yok.',
    otherEvents: 'Diğer olaylar',
    afterBreak: ({ span }: { span: string }) => `${span} sonra:`,

    // Zoom and pan buttons

    controls: 'Yakınlaştırma ve kaydırma',
    earlier: 'Daha önce',
    zoomOut: 'Uzaklaştır',
    zoomIn: 'Yakınlaştır',
    later: 'Daha sonra',
    showAll: 'Tümünü göster',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'Klavye kısayolları',

    // Cards

    closeEvent: ({ title }: { title: string }) => `“${title}” olayını kapat`,
    eventsHere: ({ count }: { count: number }) => `Burada ${number(count)} ${plural(count, { one: 'olay', other: 'olay' })} var`,
    closeList: 'Listeyi kapat',

    // Story: stepping through the events one card at a time

    previousEvent: 'Önceki olay',
    nextEvent: 'Sonraki olay',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)}/${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)}/${number(total)}: ${date}, ${title}`,
    startStory: 'Hikâyeyi başlat',
    pauseStory: 'Hikâyeyi duraklat',
    playStory: 'Hikâyeyi oynat',

    // Links to events (with `permalinks`)

    copyLink: 'Bağlantıyı kopyala',
    linkCopied: 'Bağlantı kopyalandı.',
    copyFailed: 'Bağlantı kopyalanamadı; elle kopyalamak için aşağıda seçili duruyor.',
    eventLink: ({ title }: { title: string }) => `“${title}” olayının bağlantısı`,

    // Clusters

    merged: 'Birleştirilmiş olaylar',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${number(count)} ${plural(count, { one: 'olay', other: 'olay' })} daha, ${range(from, to)}: göster`,

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `${range(from, to)} gösteriliyor: ${number(total)} ${plural(total, { one: 'olaydan', other: 'olaydan' })} ${number(visible)} tanesi`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Zaman çizelgesi ${where} adresinden yüklenemedi: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `sunucu ${status} koduyla yanıt verdi`,
    timeLimit: ({ seconds }: { seconds: number }) => `veriler ${number(seconds)} saniyelik süre sınırı içinde eksiksiz gelmedi`,
    networkFailed: 'ağ isteği başarısız oldu (çevrimdışı, engellendi ya da bu sayfadan izin verilmiyor)',
    inlineData: 'Sayfaya gömülü zaman çizelgesi verisi',
    timelineFile: ({ where }: { where: string }) => `${where} zaman çizelgesi dosyası`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} geçerli bir JSON değil: ${detail}`,
    unusable: 'Zaman çizelgesi belgesi kullanılamadı.',
    wholeDocument: '(belge)',
    moreProblems: ({ count }: { count: number }) =>
      `…ve ${number(count)} ${plural(count, { one: 'sorun', other: 'sorun' })} daha (öğenin {problems} özelliğine bakın).`,
    retry: 'Yeniden dene',
    source: 'Kaynak:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `${site} sitesinde oynat`,
    mediaConsent: ({ site }: { site: string }) => `Oynatınca ${site} oynatıcısı yüklenir.`,
    mediaOpen: ({ site }: { site: string }) => `${site} sitesinde aç`,
    mediaBlocked: ({ site }: { site: string }) => `Bu sayfa ${site} oynatıcısına izin vermiyor.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `${site} videosu: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Düğmeler arasında, ardından olaylara geç',
    arrowsAction: 'Önceki veya sonraki olay',
    endsKeys: 'Home End',
    endsAction: 'İlk veya son olay',
    openKeys: 'Enter Boşluk',
    openAction: 'Olayı aç',
    closeKey: 'Esc',
    closeAction: 'Olayı veya bu listeyi kapat',
    zoomAction: 'Yakınlaştır veya uzaklaştır',
    showAllAction: 'Tümünü göster',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Daha önce veya daha sonra',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Yeni',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'yeni olay', other: 'yeni olay' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'olay güncellendi', other: 'olay güncellendi' })}`,
    liveRemoved: 'Açık olan olay zaman çizelgesinden kaldırıldı.',
    liveRetry: ({ seconds }: { seconds: number }) => `Güncellenemedi. ${number(seconds)} saniye sonra yeniden denenecek.`,
    livePause: 'Güncellemeleri duraklat',
    liveResume: 'Güncellemeleri sürdür',
    liveFailed: 'Güncellenemedi: yeni zaman çizelgesi belgesi kullanılamadı.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Şu gruptaki olayları göster',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(total)} ${plural(total, { one: 'olaydan', other: 'olaydan' })} ${number(shown)} tanesi gösteriliyor`,
    findLabel: 'Zaman çizelgesinde ara',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Eşleşme yok' : `${number(count)} ${plural(count, { one: 'eşleşme', other: 'eşleşme' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Eşleşme ${number(position)}/${number(count)}: ${title}`,
  };
}

