import type { Counting, LanguageTable } from '../localize.js';

// Russian (ru). Translated for news readers: infinitives for buttons and actions ("Закрыть",
// "Показать всё"), nouns for key help; no "ты/вы".
// For a native speaker to review:
// - afterBreak "Перерыв — 3 года:": chosen because the span arrives in the nominative ("1 неделя"), so "спустя"/"через" (which need "неделю") would misagree
// - shortcuts "Быстрые клавиши" (not "Сочетания клавиш", as these are single keys)
// - closeEvent puts the event title in «ёлочки»; a title with its own «» would nest them
// - timeLimit gives the seconds as "(N с)" to avoid agreeing a participle with a counted noun
// - notJson "… — некорректный JSON": dash instead of a verb so data (plural) and file (singular) both fit
// - media: the site name stays undeclined ("на YouTube", "плеер Vimeo"); mediaBlocked "На этой странице запрещён …"
// - story: "история" (newsrooms also say "сюжет"); "Приостановить" may be long for a tooltip ("Пауза")

/** "<from> — <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} — ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'Хронология',
    loading: 'Загрузка хронологии…',
    empty: 'Хронологии для показа пока нет.',
    otherEvents: 'Другие события',
    afterBreak: ({ span }: { span: string }) => `Перерыв — ${span}:`,

    // Zoom and pan buttons

    controls: 'Масштаб и прокрутка',
    earlier: 'Раньше',
    zoomOut: 'Уменьшить',
    zoomIn: 'Увеличить',
    later: 'Позже',
    showAll: 'Показать всё',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'Быстрые клавиши',

    // Cards

    closeEvent: ({ title }: { title: string }) => `Закрыть «${title}»`,
    eventsHere: ({ count }: { count: number }) =>
      `Здесь ${number(count)} ${plural(count, { one: 'событие', few: 'события', many: 'событий', other: 'события' })}`,
    closeList: 'Закрыть список',

    // Story: stepping through the events one card at a time

    previousEvent: 'Предыдущее событие',
    nextEvent: 'Следующее событие',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} из ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} из ${number(total)}: ${date}, ${title}`,
    startStory: 'Начать историю',
    pauseStory: 'Приостановить историю',
    playStory: 'Воспроизвести историю',

    // Links to events (with `permalinks`)

    copyLink: 'Копировать ссылку',
    linkCopied: 'Ссылка скопирована.',
    copyFailed: 'Не удалось скопировать ссылку; она выделена ниже, чтобы скопировать её вручную.',
    eventLink: ({ title }: { title: string }) => `Ссылка на «${title}»`,

    // Clusters

    merged: 'Объединённые события',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `Ещё ${number(count)} ${plural(count, { one: 'событие', few: 'события', many: 'событий', other: 'события' })}, ${range(from, to)}: показать`,

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Показано: ${range(from, to)}, ${number(visible)} из ${number(total)} ${plural(total, { one: 'события', few: 'событий', many: 'событий', other: 'события' })}`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Не удалось загрузить хронологию из ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `сервер ответил кодом ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) => `данные не поступили полностью за отведённое время (${number(seconds)} с)`,
    networkFailed: 'сетевой запрос не выполнен (нет подключения, запрос заблокирован или запрещён для этой страницы)',
    inlineData: 'Встроенные данные хронологии',
    timelineFile: ({ where }: { where: string }) => `Файл хронологии ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} — некорректный JSON: ${detail}`,
    unusable: 'Не удалось использовать документ хронологии.',
    wholeDocument: '(документ)',
    moreProblems: ({ count }: { count: number }) => `…и ещё ${number(count)} (см. свойство {problems} элемента).`,
    retry: 'Повторить',
    source: 'Источник:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `Воспроизвести на ${site}`,
    mediaConsent: ({ site }: { site: string }) => `При воспроизведении загружается плеер ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Открыть на ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `На этой странице запрещён плеер ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `Видео ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Переход между кнопками, затем к событиям',
    arrowsAction: 'Предыдущее или следующее событие',
    endsKeys: 'Home End',
    endsAction: 'Первое или последнее событие',
    openKeys: 'Enter Пробел',
    openAction: 'Открыть событие',
    closeKey: 'Esc',
    closeAction: 'Закрыть событие или этот список',
    zoomAction: 'Увеличить или уменьшить',
    showAllAction: 'Показать всё',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Раньше или позже',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Новое',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'новое событие', few: 'новых события', many: 'новых событий', other: 'нового события' })}`,
    liveChanged: ({ count }: { count: number }) => `Обновлено событий: ${number(count)}`,
    liveRemoved: 'Открытое событие удалено из хронологии.',
    liveRetry: ({ seconds }: { seconds: number }) => `Не удалось обновить. Следующая попытка через ${number(seconds)} ${plural(seconds, { one: 'секунду', few: 'секунды', many: 'секунд', other: 'секунды' })}.`,
    livePause: 'Приостановить обновления',
    liveResume: 'Возобновить обновления',
    liveFailed: 'Не удалось обновить: новый документ хронологии использовать нельзя.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Показать события из',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `Показано ${number(shown)} из ${number(total)} ${plural(total, { one: 'события', few: 'событий', many: 'событий', other: 'события' })}`,
    findLabel: 'Поиск по хронологии',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Совпадений нет' : `${number(count)} ${plural(count, { one: 'совпадение', few: 'совпадения', many: 'совпадений', other: 'совпадения' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Совпадение ${number(position)} из ${number(count)}: ${title}`,
  };
}

