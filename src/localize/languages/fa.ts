import type { Counting, LanguageTable } from '../localize.js';

// Persian (fa). Translated for news readers: verbal nouns for buttons and actions ("بزرگ‌نمایی",
// "بستن فهرست"); polite plural "ببینید" where a reader is sent elsewhere; the noun after a number stays singular.
// For a native speaker to review:
// - earlier/later "قبل‌تر"/"بعدتر" for the pan buttons (vs "عقب"/"جلو")
// - controls "بزرگ‌نمایی و جابه‌جایی" for "Zoom and pan"
// - openKeys "Enter فاصله": the space bar is unlabelled; "فاصله" vs "اسپیس"
// - cluster ends in a bare "نمایش" for "show them", to stay short
// - serverAnswered keeps the HTTP status as is, in Latin digits ("404"), beside Persian digits elsewhere
// - media: "پخش‌کننده" for the player; "پخش‌کننده از …" avoids an ezafe after the final ه
// - story: "روایت" (vs "داستان"); "توقف" for pause (vs "مکث"); "پیوند" for link (vs "لینک")

/** "<from> تا <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} تا ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'خط زمانی',
    loading: 'در حال بارگذاری خط زمانی…',
    empty: 'هنوز خط زمانی برای نمایش وجود ندارد.',
    otherEvents: 'رویدادهای دیگر',
    afterBreak: ({ span }: { span: string }) => `${span} بعد:`,

    // Zoom and pan buttons

    controls: 'بزرگ‌نمایی و جابه‌جایی',
    earlier: 'قبل‌تر',
    zoomOut: 'کوچک‌نمایی',
    zoomIn: 'بزرگ‌نمایی',
    later: 'بعدتر',
    showAll: 'نمایش همه',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'میان‌برهای صفحه‌کلید',

    // Cards

    closeEvent: ({ title }: { title: string }) => `بستن «${title}»`,
    eventsHere: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'رویداد', other: 'رویداد' })} در اینجا`,
    closeList: 'بستن فهرست',

    // Story: stepping through the events one card at a time

    previousEvent: 'رویداد قبلی',
    nextEvent: 'رویداد بعدی',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} از ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} از ${number(total)}: ${date}، ${title}`,
    startStory: 'شروع روایت',
    pauseStory: 'توقف روایت',
    playStory: 'پخش روایت',

    // Links to events (with `permalinks`)

    copyLink: 'کپی پیوند',
    linkCopied: 'پیوند کپی شد.',
    copyFailed: 'پیوند کپی نشد؛ برای کپی دستی، در پایین انتخاب شده است.',
    eventLink: ({ title }: { title: string }) => `پیوند «${title}»`,

    // Clusters

    merged: 'رویدادهای ادغام‌شده',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${number(count)} ${plural(count, { one: 'رویداد', other: 'رویداد' })} دیگر، ${range(from, to)}: نمایش`,

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `نمایش ${range(from, to)}، ${number(visible)} از ${number(total)} ${plural(total, { one: 'رویداد', other: 'رویداد' })}`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) => `بارگذاری خط زمانی از ${where} ممکن نشد: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `سرور با کد ${status} پاسخ داد`,
    timeLimit: ({ seconds }: { seconds: number }) => `داده‌ها در مهلت ${number(seconds)} ثانیه‌ای به‌طور کامل نرسیدند`,
    networkFailed: 'درخواست شبکه ناموفق بود (اتصال برقرار نیست، درخواست مسدود شده یا از این صفحه مجاز نیست)',
    inlineData: 'داده‌های خط زمانی درون صفحه',
    timelineFile: ({ where }: { where: string }) => `فایل خط زمانی ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} یک JSON معتبر نیست: ${detail}`,
    unusable: 'استفاده از سند خط زمانی ممکن نشد.',
    wholeDocument: '(سند)',
    moreProblems: ({ count }: { count: number }) =>
      `…و ${number(count)} ${plural(count, { one: 'مورد', other: 'مورد' })} دیگر (ویژگی {problems} عنصر را ببینید).`,
    retry: 'تلاش دوباره',
    source: 'منبع:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `پخش در ${site}`,
    mediaConsent: ({ site }: { site: string }) => `با پخش، پخش‌کننده از ${site} بارگذاری می‌شود.`,
    mediaOpen: ({ site }: { site: string }) => `باز کردن در ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `این صفحه اجازه نمی‌دهد پخش‌کننده از ${site} بارگذاری شود.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `ویدیوی ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'جابه‌جایی میان دکمه‌ها، سپس رفتن به رویدادها',
    arrowsAction: 'رویداد قبلی یا بعدی',
    endsKeys: 'Home End',
    endsAction: 'اولین یا آخرین رویداد',
    openKeys: 'Enter فاصله',
    openAction: 'باز کردن رویداد',
    closeKey: 'Esc',
    closeAction: 'بستن رویداد یا این فهرست',
    zoomAction: 'بزرگ‌نمایی یا کوچک‌نمایی',
    showAllAction: 'نمایش همه‌چیز',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'قبل‌تر یا بعدتر',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'جدید',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'رویداد جدید', other: 'رویداد جدید' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'رویداد به‌روز شد', other: 'رویداد به‌روز شد' })}`,
    liveRemoved: 'رویداد باز از خط زمانی حذف شد.',
    liveRetry: ({ seconds }: { seconds: number }) => `به‌روزرسانی ممکن نشد. ${number(seconds)} ثانیهٔ دیگر دوباره تلاش می‌شود.`,
    livePause: 'توقف به‌روزرسانی‌ها',
    liveResume: 'ادامهٔ به‌روزرسانی‌ها',
    liveFailed: 'به‌روزرسانی ممکن نشد: استفاده از سند جدید خط زمانی ممکن نبود.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'نمایش رویدادهای',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(shown)} از ${number(total)} ${plural(total, { one: 'رویداد', other: 'رویداد' })} نمایش داده شده است`,
    findLabel: 'جست‌وجو در خط زمانی',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'نتیجه‌ای یافت نشد' : `${number(count)} ${plural(count, { one: 'نتیجه', other: 'نتیجه' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `نتیجهٔ ${number(position)} از ${number(count)}: ${title}`,
  };
}

