import type { Counting, LanguageTable } from '../localize.js';

// Chinese, Traditional, as used in Taiwan (zh-Hant). Translated for news readers: verb phrases
// for buttons (放大, 關閉清單), plain declarative sentences for messages; Taiwan terms (載入,
// 清單, 資料, 檔案, 伺服器, 網路, 快速鍵); "event" is 事件 throughout, counted with 個;
// full-width punctuation and 「」 quotes, no spaces between Chinese and digits.
// For a native speaker to review:
// - 時間軸 for "timeline"
// - 更早 / 更晚 for the pan buttons
// - Range written 〜至〜 (words rather than a dash) so screen readers read it well
// - Space key shown as 空白鍵, Escape as Esc, Page Up/Down kept as printed on keys
// - Spaces kept around the address in loadFailed; the file address in timelineFile is in 「」
// - Ellipsis written …… (standard) in loading and moreProblems; UIs often use a single …
// - media: spaces around the Latin site name ("在 YouTube 上播放"), as in loadFailed; 影片 for video
// - eventPosition "第3個，共9個" (galleries also write "3/9")
// - story: no word for "story" ("開始故事" reads oddly): 開始瀏覽 / 暫停播放 / 播放

/** "<from> to <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from}至${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: '時間軸',
    loading: '正在載入時間軸……',
    empty: '尚無可顯示的時間軸。',
    otherEvents: '其他事件',
    afterBreak: ({ span }: { span: string }) => `${span}後：`,

    // Zoom and pan buttons
    controls: '縮放與平移',
    earlier: '更早',
    zoomOut: '縮小',
    zoomIn: '放大',
    later: '更晚',
    showAll: '顯示全部',
    withKey: ({ label, key }: { label: string; key: string }) => `${label}（${key}）`,

    // Keyboard help
    shortcuts: '鍵盤快速鍵',

    // Cards
    closeEvent: ({ title }: { title: string }) => `關閉「${title}」`,
    eventsHere: ({ count }: { count: number }) => `此處有${number(count)}${plural(count, { other: '個事件' })}`,
    closeList: '關閉清單',

    // Story: stepping through the events one card at a time
    previousEvent: '上一個事件',
    nextEvent: '下一個事件',
    eventPosition: ({ position, total }: { position: number; total: number }) => `第${number(position)}個，共${number(total)}個`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `第${number(position)}個，共${number(total)}個：${date}，${title}`,
    startStory: '開始瀏覽',
    pauseStory: '暫停播放',
    playStory: '播放',

    // Links to events (with `permalinks`)
    copyLink: '複製連結',
    linkCopied: '連結已複製。',
    copyFailed: '無法複製連結；連結已在下方選取，請手動複製。',
    eventLink: ({ title }: { title: string }) => `「${title}」的連結`,

    // Clusters
    merged: '合併的事件',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `顯示${range(from, to)}的另外${number(count)}${plural(count, { other: '個事件' })}`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `正在顯示${range(from, to)}，${number(total)}${plural(total, { other: '個事件' })}中的${number(visible)}個`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `無法從 ${where} 載入時間軸：${reason}。`,
    serverAnswered: ({ status }: { status: number }) => `伺服器回應狀態碼${status}`,
    timeLimit: ({ seconds }: { seconds: number }) => `未能在${number(seconds)}秒的時限內完整接收`,
    networkFailed: '網路請求失敗（離線、遭到封鎖，或此頁面不允許該請求）',
    inlineData: '內嵌的時間軸資料',
    timelineFile: ({ where }: { where: string }) => `時間軸檔案「${where}」`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what}不是有效的JSON：${detail}`,
    unusable: '無法使用此時間軸文件。',
    wholeDocument: '（文件）',
    moreProblems: ({ count }: { count: number }) => `……另有${number(count)}${plural(count, { other: '個問題' })}（請參閱元素的{problems}屬性）。`,
    retry: '重試',
    source: '來源：',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}：${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `在 ${site} 上播放`,
    mediaConsent: ({ site }: { site: string }) => `播放時將從 ${site} 載入播放器。`,
    mediaOpen: ({ site }: { site: string }) => `在 ${site} 上開啟`,
    mediaBlocked: ({ site }: { site: string }) => `此頁面不允許使用 ${site} 播放器。`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `${site} 影片：${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: '在按鈕間移動，然後進入事件',
    arrowsAction: '上一個或下一個事件',
    endsKeys: 'Home End',
    endsAction: '第一個或最後一個事件',
    openKeys: 'Enter 空白鍵',
    openAction: '開啟事件',
    closeKey: 'Esc',
    closeAction: '關閉事件或此清單',
    zoomAction: '放大或縮小',
    showAllAction: '顯示全部',
    pageKeys: 'Page\u00a0Up Page\u00a0Down',
    pageAction: '更早或更晚',

    // Live updates (read only by news-timeline.live.js)
    liveNew: '新',
    liveAdded: ({ count }: { count: number }) => `${number(count)}${plural(count, { other: '個新事件' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)}${plural(count, { other: '個事件已更新' })}`,
    liveRemoved: '已開啟的事件已從時間軸中移除。',
    liveRetry: ({ seconds }: { seconds: number }) => `無法更新。將在${number(seconds)}秒後重試。`,
    livePause: '暫停更新',
    liveResume: '恢復更新',
    liveFailed: '無法更新：無法使用新的時間軸文件。',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: '顯示以下類別的事件',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `已顯示${number(shown)}個，共${number(total)}${plural(total, { other: '個事件' })}`,
    findLabel: '在時間軸中尋找',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? '沒有相符結果' : `${number(count)}${plural(count, { other: '個相符結果' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `第${number(position)}個相符結果，共${number(count)}個：${title}`,
  };
}

