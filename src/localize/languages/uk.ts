import type { Counting, LanguageTable } from '../localize.js';

// Ukrainian (uk). Translated for news readers: infinitives for buttons and actions ("Закрити",
// "Показати все"), nouns for key help; no "ти/ви".
// For a native speaker to review:
// - afterBreak "Перерва — 3 роки:": chosen because the span arrives in the nominative ("1 година"), so "через" (which needs "годину") would misagree
// - shortcuts "Гарячі клавіші" (vs "Швидкі клавіші" / "Комбінації клавіш")
// - controls "Масштаб і прокручування" for "Zoom and pan": "прокручування" vs "переміщення"
// - timeLimit gives the seconds as "(N с)" to avoid agreeing a participle with a counted noun
// - notJson "… — некоректний JSON": dash instead of a verb so data (plural) and file (singular) both fit
// - media: "програвач" for the player (vs "плеєр"); the site name stays undeclined
// - story: "історія" (vs "сюжет"); "Призупинити" may be long for a tooltip ("Пауза")

/** "<from> — <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} — ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'Хронологія',
    loading: 'Завантаження хронології…',
    empty: 'Хронології для показу поки немає.',
    otherEvents: 'Інші події',
    afterBreak: ({ span }: { span: string }) => `Перерва — ${span}:`,

    // Zoom and pan buttons

    controls: 'Масштаб і прокручування',
    earlier: 'Раніше',
    zoomOut: 'Зменшити',
    zoomIn: 'Збільшити',
    later: 'Пізніше',
    showAll: 'Показати все',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'Гарячі клавіші',

    // Cards

    closeEvent: ({ title }: { title: string }) => `Закрити «${title}»`,
    eventsHere: ({ count }: { count: number }) =>
      `Тут ${number(count)} ${plural(count, { one: 'подія', few: 'події', many: 'подій', other: 'події' })}`,
    closeList: 'Закрити список',

    // Story: stepping through the events one card at a time

    previousEvent: 'Попередня подія',
    nextEvent: 'Наступна подія',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} з ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} з ${number(total)}: ${date}, ${title}`,
    startStory: 'Почати історію',
    pauseStory: 'Призупинити історію',
    playStory: 'Відтворити історію',

    // Links to events (with `permalinks`)

    copyLink: 'Копіювати посилання',
    linkCopied: 'Посилання скопійовано.',
    copyFailed: 'Не вдалося скопіювати посилання; його виділено нижче, щоб скопіювати вручну.',
    eventLink: ({ title }: { title: string }) => `Посилання на «${title}»`,

    // Clusters

    merged: 'Об’єднані події',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `Ще ${number(count)} ${plural(count, { one: 'подія', few: 'події', many: 'подій', other: 'події' })}, ${range(from, to)}: показати`,

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Показано: ${range(from, to)}, ${number(visible)} з ${number(total)} ${plural(total, { one: 'події', few: 'подій', many: 'подій', other: 'події' })}`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Не вдалося завантажити хронологію з ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `сервер відповів кодом ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) => `дані не надійшли повністю за відведений час (${number(seconds)} с)`,
    networkFailed: 'мережевий запит не виконано (немає з’єднання, запит заблоковано або заборонено для цієї сторінки)',
    inlineData: 'Вбудовані дані хронології',
    timelineFile: ({ where }: { where: string }) => `Файл хронології ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} — некоректний JSON: ${detail}`,
    unusable: 'Не вдалося використати документ хронології.',
    wholeDocument: '(документ)',
    moreProblems: ({ count }: { count: number }) => `…і ще ${number(count)} (див. властивість {problems} елемента).`,
    retry: 'Повторити',
    source: 'Джерело:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `Відтворити на ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Під час відтворення завантажується програвач ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Відкрити на ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `На цій сторінці заборонено програвач ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `Відео ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Перехід між кнопками, потім до подій',
    arrowsAction: 'Попередня або наступна подія',
    endsKeys: 'Home End',
    endsAction: 'Перша або остання подія',
    openKeys: 'Enter Пробіл',
    openAction: 'Відкрити подію',
    closeKey: 'Esc',
    closeAction: 'Закрити подію або цей список',
    zoomAction: 'Збільшити або зменшити',
    showAllAction: 'Показати все',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Раніше або пізніше',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Нове',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'нова подія', few: 'нові події', many: 'нових подій', other: 'нової події' })}`,
    liveChanged: ({ count }: { count: number }) => `Оновлено подій: ${number(count)}`,
    liveRemoved: 'Відкриту подію вилучено з хронології.',
    liveRetry: ({ seconds }: { seconds: number }) => `Не вдалося оновити. Наступна спроба через ${number(seconds)} ${plural(seconds, { one: 'секунду', few: 'секунди', many: 'секунд', other: 'секунди' })}.`,
    livePause: 'Призупинити оновлення',
    liveResume: 'Відновити оновлення',
    liveFailed: 'Не вдалося оновити: новий документ хронології використати неможливо.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Показати події з',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `Показано ${number(shown)} з ${number(total)} ${plural(total, { one: 'події', few: 'подій', many: 'подій', other: 'події' })}`,
    findLabel: 'Пошук у хронології',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Збігів немає' : `${number(count)} ${plural(count, { one: 'збіг', few: 'збіги', many: 'збігів', other: 'збігу' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Збіг ${number(position)} з ${number(count)}: ${title}`,
  };
}

