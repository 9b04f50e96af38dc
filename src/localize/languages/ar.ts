import type { Counting, LanguageTable } from '../localize.js';

// Arabic, Modern Standard (ar). Translated for news readers: verbal nouns (masdar) for buttons
// and actions ("تكبير", "إغلاق القائمة") so no reader is addressed by gender; counted nouns in
// full agreement: zero "لا أحداث", one "حدث واحد", two "حدثان/حدثين" (case follows the sentence),
// 3–10 plural "٣ أحداث", 11–99 singular accusative "١١ حدثًا", 100+ singular genitive "١٠٠ حدث".
// For a native speaker to review:
// - afterBreak "بعد فترة مدتها …:": the span arrives in the nominative ("سنتان"), so plain "بعد سنتان" would be wrong; long for a screen reader?
// - earlier/later "أقدم"/"أحدث" for the pan buttons (vs "السابق"/"التالي")
// - range "… إلى …" without a leading "من" (the template allows only a word between the dates)
// - notJson rephrased "تعذّرت قراءة … بصيغة JSON" to avoid agreeing "ليس/ليست" with data (plural) and file (singular)
// - one and two are written as words ("حدث آخر", "حدثان آخران"), not "1"/"2" with the noun
// - digits: numbersFor('ar') follows the engine's ICU; Node 20 here prints Latin digits ("1,000"), not "١٬٠٠٠"
// - media: "تشغيل على YouTube" / "فتح في …" as verbal nouns; the Latin site name sits in right-to-left text (bidi isolation is the element's concern)
// - story: "القصة"; pauseStory "إيقاف القصة مؤقتًا" may be long for a tooltip

/** "<from> إلى <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} إلى ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'الخط الزمني',
    loading: 'جارٍ تحميل الخط الزمني…',
    empty: 'لا يوجد خط زمني للعرض بعد.',
    otherEvents: 'أحداث أخرى',
    afterBreak: ({ span }: { span: string }) => `بعد فترة مدتها ${span}:`,

    // Zoom and pan buttons

    controls: 'التكبير والتحريك',
    earlier: 'أقدم',
    zoomOut: 'تصغير',
    zoomIn: 'تكبير',
    later: 'أحدث',
    showAll: 'عرض الكل',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'اختصارات لوحة المفاتيح',

    // Cards

    closeEvent: ({ title }: { title: string }) => `إغلاق «${title}»`,
    eventsHere: ({ count }: { count: number }) =>
      plural(count, {
        zero: 'لا أحداث هنا',
        one: 'هنا حدث واحد',
        two: 'هنا حدثان',
        few: `هنا ${number(count)} أحداث`,
        many: `هنا ${number(count)} حدثًا`,
        other: `هنا ${number(count)} حدث`,
      }),
    closeList: 'إغلاق القائمة',

    // Story: stepping through the events one card at a time

    previousEvent: 'الحدث السابق',
    nextEvent: 'الحدث التالي',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} من ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} من ${number(total)}: ${date}، ${title}`,
    startStory: 'بدء القصة',
    pauseStory: 'إيقاف القصة مؤقتًا',
    playStory: 'تشغيل القصة',

    // Links to events (with `permalinks`)

    copyLink: 'نسخ الرابط',
    linkCopied: 'تم نسخ الرابط.',
    copyFailed: 'تعذّر نسخ الرابط؛ وهو محدَّد أدناه لنسخه يدويًا.',
    eventLink: ({ title }: { title: string }) => `رابط «${title}»`,

    // Clusters

    merged: 'أحداث مدمجة',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      plural(count, {
        zero: `لا أحداث أخرى، ${range(from, to)}`,
        one: `حدث آخر، ${range(from, to)}: إظهاره`,
        two: `حدثان آخران، ${range(from, to)}: إظهارهما`,
        few: `${number(count)} أحداث أخرى، ${range(from, to)}: إظهارها`,
        many: `${number(count)} حدثًا آخر، ${range(from, to)}: إظهارها`,
        other: `${number(count)} حدث آخر، ${range(from, to)}: إظهارها`,
      }),

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `المعروض: ${range(from, to)}، ${plural(total, {
        zero: 'لا أحداث',
        one: `${number(visible)} من أصل حدث واحد`,
        two: `${number(visible)} من أصل حدثين`,
        few: `${number(visible)} من أصل ${number(total)} أحداث`,
        many: `${number(visible)} من أصل ${number(total)} حدثًا`,
        other: `${number(visible)} من أصل ${number(total)} حدث`,
      })}`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) => `تعذّر تحميل الخط الزمني من ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `ردّ الخادم بالرمز ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `لم تصل البيانات كاملةً خلال مهلة ${plural(seconds, {
        zero: `${number(seconds)} ثانية`,
        one: 'ثانية واحدة',
        two: 'ثانيتين',
        few: `${number(seconds)} ثوانٍ`,
        many: `${number(seconds)} ثانيةً`,
        other: `${number(seconds)} ثانية`,
      })}`,
    networkFailed: 'فشل طلب الشبكة (لا اتصال، أو الطلب محظور، أو غير مسموح به من هذه الصفحة)',
    inlineData: 'بيانات الخط الزمني المضمّنة',
    timelineFile: ({ where }: { where: string }) => `ملف الخط الزمني ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `تعذّرت قراءة ${what} بصيغة JSON: ${detail}`,
    unusable: 'تعذّر استخدام مستند الخط الزمني.',
    wholeDocument: '(المستند)',
    moreProblems: ({ count }: { count: number }) =>
      `…${plural(count, {
        zero: 'ولا مشكلات أخرى',
        one: 'ومشكلة أخرى',
        two: 'ومشكلتان أخريان',
        few: `و${number(count)} مشكلات أخرى`,
        many: `و${number(count)} مشكلةً أخرى`,
        other: `و${number(count)} مشكلة أخرى`,
      })} (التفاصيل في الخاصية {problems} للعنصر).`,
    retry: 'إعادة المحاولة',
    source: 'المصدر:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `تشغيل على ${site}`,
    mediaConsent: ({ site }: { site: string }) => `يؤدي التشغيل إلى تحميل المشغّل من ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `فتح في ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `لا تسمح هذه الصفحة بمشغّل ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `فيديو ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'التنقل بين الأزرار ثم إلى الأحداث',
    arrowsAction: 'الحدث السابق أو التالي',
    endsKeys: 'Home End',
    endsAction: 'الحدث الأول أو الأخير',
    openKeys: 'Enter مسافة',
    openAction: 'فتح الحدث',
    closeKey: 'Esc',
    closeAction: 'إغلاق الحدث أو هذه القائمة',
    zoomAction: 'التكبير أو التصغير',
    showAllAction: 'عرض كل شيء',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'أقدم أو أحدث',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'جديد',
    liveAdded: ({ count }: { count: number }) => plural(count, { zero: 'لا أحداث جديدة', one: 'حدث جديد واحد', two: 'حدثان جديدان', few: `${number(count)} أحداث جديدة`, many: `${number(count)} حدثًا جديدًا`, other: `${number(count)} حدث جديد` }),
    liveChanged: ({ count }: { count: number }) => plural(count, { zero: 'لم يُحدَّث أي حدث', one: 'حُدِّث حدث واحد', two: 'حُدِّث حدثان', few: `حُدِّثت ${number(count)} أحداث`, many: `حُدِّث ${number(count)} حدثًا`, other: `حُدِّث ${number(count)} حدث` }),
    liveRemoved: 'أُزيل الحدث المفتوح من الخط الزمني.',
    liveRetry: ({ seconds }: { seconds: number }) => `تعذّر التحديث. ستُعاد المحاولة خلال ${plural(seconds, { zero: `${number(seconds)} ثانية`, one: 'ثانية واحدة', two: 'ثانيتين', few: `${number(seconds)} ثوانٍ`, many: `${number(seconds)} ثانيةً`, other: `${number(seconds)} ثانية` })}.`,
    livePause: 'إيقاف التحديثات مؤقتًا',
    liveResume: 'استئناف التحديثات',
    liveFailed: 'تعذّر التحديث: لا يمكن استخدام مستند الخط الزمني الجديد.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'عرض الأحداث من',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `عرض ${number(shown)} من ${number(total)} ${plural(total, { zero: 'حدث', one: 'حدث', two: 'حدثين', few: 'أحداث', many: 'حدثًا', other: 'حدث' })}`,
    findLabel: 'البحث في الخط الزمني',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'لا نتائج' : `${number(count)} ${plural(count, { one: 'نتيجة', two: 'نتيجة', few: 'نتائج', many: 'نتيجة', other: 'نتيجة' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `النتيجة ${number(position)} من ${number(count)}: ${title}`,
  };
}

