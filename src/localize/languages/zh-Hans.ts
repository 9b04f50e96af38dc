import type { Counting, LanguageTable } from '../localize.js';

// Chinese, Simplified (zh-Hans). Translated for news readers: verb phrases for buttons
// (放大, 关闭列表), plain declarative sentences for messages; "event" is 事件 throughout,
// counted with 个; full-width punctuation, no spaces between Chinese and digits.
// For a native speaker to review:
// - 时间线 for "timeline" (时间轴 is also common)
// - 更早 / 更晚 for the pan buttons
// - Range written 〜至〜 (words rather than a dash) so screen readers read it well
// - Space key shown as 空格, Escape as Esc, Page Up/Down kept as printed on keys
// - Spaces kept around the address in loadFailed; the file address in timelineFile is in “”
// - Ellipsis written …… (standard) in loading and moreProblems; UIs often use a single …
// - media: spaces around the Latin site name ("在 YouTube 上播放"), as in loadFailed
// - eventPosition "第3个，共9个" (galleries also write "3/9")
// - story: no word for "story" ("开始故事" reads oddly): 开始浏览 / 暂停播放 / 播放

/** "<from> to <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from}至${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: '时间线',
    loading: '正在加载时间线……',
    empty: '暂无可显示的时间线。',
    otherEvents: '其他事件',
    afterBreak: ({ span }: { span: string }) => `${span}后：`,

    // Zoom and pan buttons
    controls: '缩放和平移',
    earlier: '更早',
    zoomOut: '缩小',
    zoomIn: '放大',
    later: '更晚',
    showAll: '显示全部',
    withKey: ({ label, key }: { label: string; key: string }) => `${label}（${key}）`,

    // Keyboard help
    shortcuts: '键盘快捷键',

    // Cards
    closeEvent: ({ title }: { title: string }) => `关闭“${title}”`,
    eventsHere: ({ count }: { count: number }) => `此处有${number(count)}${plural(count, { other: '个事件' })}`,
    closeList: '关闭列表',

    // Story: stepping through the events one card at a time
    previousEvent: '上一个事件',
    nextEvent: '下一个事件',
    eventPosition: ({ position, total }: { position: number; total: number }) => `第${number(position)}个，共${number(total)}个`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `第${number(position)}个，共${number(total)}个：${date}，${title}`,
    startStory: '开始浏览',
    pauseStory: '暂停播放',
    playStory: '播放',

    // Links to events (with `permalinks`)
    copyLink: '复制链接',
    linkCopied: '链接已复制。',
    copyFailed: '无法复制链接；链接已在下方选中，请手动复制。',
    eventLink: ({ title }: { title: string }) => `“${title}”的链接`,

    // Clusters
    merged: '合并的事件',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `显示${range(from, to)}的另外${number(count)}${plural(count, { other: '个事件' })}`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `正在显示${range(from, to)}，${number(total)}${plural(total, { other: '个事件' })}中的${number(visible)}个`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `无法从 ${where} 加载时间线：${reason}。`,
    serverAnswered: ({ status }: { status: number }) => `服务器返回状态码${status}`,
    timeLimit: ({ seconds }: { seconds: number }) => `未能在${number(seconds)}秒的时限内完整接收`,
    networkFailed: '网络请求失败（离线、被拦截，或此页面不允许该请求）',
    inlineData: '内嵌的时间线数据',
    timelineFile: ({ where }: { where: string }) => `时间线文件“${where}”`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what}不是有效的JSON：${detail}`,
    unusable: '无法使用该时间线文档。',
    wholeDocument: '（文档）',
    moreProblems: ({ count }: { count: number }) => `……另有${number(count)}${plural(count, { other: '个问题' })}（请参阅元素的{problems}属性）。`,
    retry: '重试',
    source: '来源：',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}：${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `在 ${site} 上播放`,
    mediaConsent: ({ site }: { site: string }) => `播放时将从 ${site} 加载播放器。`,
    mediaOpen: ({ site }: { site: string }) => `在 ${site} 上打开`,
    mediaBlocked: ({ site }: { site: string }) => `此页面不允许使用 ${site} 播放器。`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `${site} 视频：${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: '在按钮间移动，然后进入事件',
    arrowsAction: '上一个或下一个事件',
    endsKeys: 'Home End',
    endsAction: '第一个或最后一个事件',
    openKeys: 'Enter 空格',
    openAction: '打开事件',
    closeKey: 'Esc',
    closeAction: '关闭事件或此列表',
    zoomAction: '放大或缩小',
    showAllAction: '显示全部',
    pageKeys: 'Page\u00a0Up Page\u00a0Down',
    pageAction: '更早或更晚',

    // Live updates (read only by news-timeline.live.js)
    liveNew: '新',
    liveAdded: ({ count }: { count: number }) => `${number(count)}${plural(count, { other: '个新事件' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)}${plural(count, { other: '个事件已更新' })}`,
    liveRemoved: '已打开的事件已从时间线中移除。',
    liveRetry: ({ seconds }: { seconds: number }) => `无法更新。将在${number(seconds)}秒后重试。`,
    livePause: '暂停更新',
    liveResume: '恢复更新',
    liveFailed: '无法更新：无法使用新的时间线文档。',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: '显示以下类别的事件',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `已显示${number(shown)}个，共${number(total)}${plural(total, { other: '个事件' })}`,
    findLabel: '在时间线中查找',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? '无匹配结果' : `${number(count)}${plural(count, { other: '个匹配结果' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `第${number(position)}个匹配结果，共${number(count)}个：${title}`,
  };
}

