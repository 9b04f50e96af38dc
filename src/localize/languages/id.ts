import type { Counting, LanguageTable } from '../localize.js';

// Indonesian (id). Translated for news readers: imperative verbs without "Anda" for actions
// (Tutup, Tampilkan, Perbesar), as Indonesian interfaces use; "event" is peristiwa throughout,
// the same word for every count.
// For a native speaker to review:
// - Linimasa for "timeline" (some sites keep "timeline")
// - Sebelumnya / Berikutnya for the pan buttons (earlier / later dates)
// - Key names as printed on keyboards, except the space bar, given as Spasi
// - luring for "offline" and berkas for "file": standard terms, but "offline"/"file" are common in news
// - Data linimasa yang disematkan for the inline data (inline = disematkan)
// - media: "Putar di …" and "pemutar" for the player
// - story: "cerita"; "tautan" for link ("link" is common in news)

/** "<from> to <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} hingga ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: 'Linimasa',
    loading: 'Memuat linimasa…',
    empty: 'Belum ada linimasa untuk ditampilkan.',
    otherEvents: 'Peristiwa lain',
    afterBreak: ({ span }: { span: string }) => `${span} kemudian:`,

    // Zoom and pan buttons
    controls: 'Zoom dan geser',
    earlier: 'Sebelumnya',
    zoomOut: 'Perkecil',
    zoomIn: 'Perbesar',
    later: 'Berikutnya',
    showAll: 'Tampilkan semua',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help
    shortcuts: 'Pintasan keyboard',

    // Cards
    closeEvent: ({ title }: { title: string }) => `Tutup ${title}`,
    eventsHere: ({ count }: { count: number }) => `${number(count)} ${plural(count, { other: 'peristiwa' })} di sini`,
    closeList: 'Tutup daftar',

    // Story: stepping through the events one card at a time
    previousEvent: 'Peristiwa sebelumnya',
    nextEvent: 'Peristiwa berikutnya',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} dari ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} dari ${number(total)}: ${date}, ${title}`,
    startStory: 'Mulai cerita',
    pauseStory: 'Jeda cerita',
    playStory: 'Putar cerita',

    // Links to events (with `permalinks`)
    copyLink: 'Salin tautan',
    linkCopied: 'Tautan disalin.',
    copyFailed: 'Tautan tidak dapat disalin; tautan dipilih di bawah untuk disalin secara manual.',
    eventLink: ({ title }: { title: string }) => `Tautan ke ${title}`,

    // Clusters
    merged: 'Peristiwa yang digabung',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${number(count)} ${plural(count, { other: 'peristiwa' })} lagi, ${range(from, to)}: tampilkan`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Menampilkan ${range(from, to)}, ${number(visible)} dari ${number(total)} ${plural(total, { other: 'peristiwa' })}`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Tidak dapat memuat linimasa dari ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `server menjawab dengan kode ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) => `data tidak diterima sepenuhnya dalam batas waktu ${number(seconds)} detik`,
    networkFailed: 'permintaan jaringan gagal (luring, diblokir, atau tidak diizinkan dari halaman ini)',
    inlineData: 'Data linimasa yang disematkan',
    timelineFile: ({ where }: { where: string }) => `Berkas linimasa ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} bukan JSON yang valid: ${detail}`,
    unusable: 'Dokumen linimasa tidak dapat digunakan.',
    wholeDocument: '(dokumen)',
    moreProblems: ({ count }: { count: number }) => `…dan ${number(count)} lainnya (lihat properti {problems} pada elemen).`,
    retry: 'Coba lagi',
    source: 'Sumber:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `Putar di ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Memutar akan memuat pemutar dari ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Buka di ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Halaman ini tidak mengizinkan pemutar ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `Video ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Berpindah antartombol, lalu ke peristiwa',
    arrowsAction: 'Peristiwa sebelumnya atau berikutnya',
    endsKeys: 'Home End',
    endsAction: 'Peristiwa pertama atau terakhir',
    openKeys: 'Enter Spasi',
    openAction: 'Buka peristiwa',
    closeKey: 'Esc',
    closeAction: 'Tutup peristiwa atau daftar ini',
    zoomAction: 'Perbesar atau perkecil',
    showAllAction: 'Tampilkan semuanya',
    pageKeys: 'Page\u00a0Up Page\u00a0Down',
    pageAction: 'Sebelumnya atau berikutnya',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Baru',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { other: 'peristiwa baru' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { other: 'peristiwa diperbarui' })}`,
    liveRemoved: 'Peristiwa yang sedang dibuka telah dihapus dari linimasa.',
    liveRetry: ({ seconds }: { seconds: number }) => `Tidak dapat memperbarui. Mencoba lagi dalam ${number(seconds)} detik.`,
    livePause: 'Jeda pembaruan',
    liveResume: 'Lanjutkan pembaruan',
    liveFailed: 'Tidak dapat memperbarui: dokumen linimasa yang baru tidak dapat digunakan.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Tampilkan peristiwa dari',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(shown)} dari ${number(total)} ${plural(total, { other: 'peristiwa' })} ditampilkan`,
    findLabel: 'Cari di linimasa',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Tidak ada hasil' : `${number(count)} ${plural(count, { other: 'hasil' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Hasil ${number(position)} dari ${number(count)}: ${title}`,
  };
}

