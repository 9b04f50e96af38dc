import type { Counting, LanguageTable } from '../localize.js';

// Japanese (ja). Translated for news readers: です/ます for sentences, short noun or plain
// dictionary forms (〜を閉じる, 表示) for buttons and help; "event" is 出来事 throughout, counted with 件.
// For a native speaker to review:
// - 出来事 for "event" (rather than イベント, which reads as a happening like a concert)
// - 前へ / 次へ for the pan buttons (earlier / later dates): short, but could read as "previous/next event"
// - Range written 〜から〜まで (words rather than 〜) so screen readers read it well; may feel long
// - Space key shown as スペース, Escape as Esc, Page Up/Down kept as printed on keys
// - 「」 around the event title and the file address; full-width （） and ： in messages
// - media: プレーヤー (not プレイヤー) and 動画 for video
// - eventPosition "9件中3件目" (galleries also write "3/9")
// - story: ストーリー (vs 物語)

/** "<from> to <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from}から${to}まで`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: 'タイムライン',
    loading: 'タイムラインを読み込み中…',
    empty: '表示するタイムラインはまだありません。',
    otherEvents: 'その他の出来事',
    afterBreak: ({ span }: { span: string }) => `${span}後：`,

    // Zoom and pan buttons
    controls: 'ズームと移動',
    earlier: '前へ',
    zoomOut: '縮小',
    zoomIn: '拡大',
    later: '次へ',
    showAll: 'すべて表示',
    withKey: ({ label, key }: { label: string; key: string }) => `${label}（${key}）`,

    // Keyboard help
    shortcuts: 'キーボードショートカット',

    // Cards
    closeEvent: ({ title }: { title: string }) => `「${title}」を閉じる`,
    eventsHere: ({ count }: { count: number }) => `この位置の出来事：${number(count)}${plural(count, { other: '件' })}`,
    closeList: '一覧を閉じる',

    // Story: stepping through the events one card at a time
    previousEvent: '前の出来事',
    nextEvent: '次の出来事',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(total)}件中${number(position)}件目`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(total)}件中${number(position)}件目：${date}、${title}`,
    startStory: 'ストーリーを始める',
    pauseStory: 'ストーリーを一時停止',
    playStory: 'ストーリーを再生',

    // Links to events (with `permalinks`)
    copyLink: 'リンクをコピー',
    linkCopied: 'リンクをコピーしました。',
    copyFailed: 'リンクをコピーできませんでした。下で選択されているので、手動でコピーしてください。',
    eventLink: ({ title }: { title: string }) => `「${title}」へのリンク`,

    // Clusters
    merged: 'まとめられた出来事',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${range(from, to)}の出来事をさらに${number(count)}${plural(count, { other: '件' })}表示`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `${range(from, to)}を表示中、出来事${number(total)}${plural(total, { other: '件' })}中${number(visible)}件`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `「${where}」からタイムラインを読み込めませんでした：${reason}。`,
    serverAnswered: ({ status }: { status: number }) => `サーバーがステータス${status}を返しました`,
    timeLimit: ({ seconds }: { seconds: number }) => `制限時間の${number(seconds)}秒以内に全体を受信できませんでした`,
    networkFailed: 'ネットワークリクエストに失敗しました（オフライン、ブロック、またはこのページからは許可されていない可能性があります）',
    inlineData: 'インラインのタイムラインデータ',
    timelineFile: ({ where }: { where: string }) => `タイムラインファイル「${where}」`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what}は有効なJSONではありません：${detail}`,
    unusable: 'タイムラインのドキュメントを使用できませんでした。',
    wholeDocument: '（ドキュメント）',
    moreProblems: ({ count }: { count: number }) => `…ほか${number(count)}${plural(count, { other: '件' })}（要素の{problems}プロパティを参照）。`,
    retry: '再試行',
    source: '出典：',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}：${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `${site}で再生`,
    mediaConsent: ({ site }: { site: string }) => `再生すると${site}のプレーヤーが読み込まれます。`,
    mediaOpen: ({ site }: { site: string }) => `${site}で開く`,
    mediaBlocked: ({ site }: { site: string }) => `このページでは${site}のプレーヤーが許可されていません。`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `${site}の動画：${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'ボタン間を移動し、続いて出来事へ',
    arrowsAction: '前または次の出来事',
    endsKeys: 'Home End',
    endsAction: '最初または最後の出来事',
    openKeys: 'Enter スペース',
    openAction: '出来事を開く',
    closeKey: 'Esc',
    closeAction: '出来事またはこの一覧を閉じる',
    zoomAction: '拡大または縮小',
    showAllAction: 'すべて表示',
    pageKeys: 'Page\u00a0Up Page\u00a0Down',
    pageAction: '前または次へ移動',

    // Live updates (read only by news-timeline.live.js)
    liveNew: '新着',
    liveAdded: ({ count }: { count: number }) => `新しい出来事：${number(count)}${plural(count, { other: '件' })}`,
    liveChanged: ({ count }: { count: number }) => `更新された出来事：${number(count)}${plural(count, { other: '件' })}`,
    liveRemoved: '開いていた出来事はタイムラインから削除されました。',
    liveRetry: ({ seconds }: { seconds: number }) => `更新できませんでした。${number(seconds)}秒後に再試行します。`,
    livePause: '更新を一時停止',
    liveResume: '更新を再開',
    liveFailed: '更新できませんでした：新しいタイムラインのドキュメントを使用できません。',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: '表示する出来事の分類',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(total)}${plural(total, { other: '件' })}中${number(shown)}件を表示`,
    findLabel: 'タイムライン内を検索',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? '一致なし' : `${number(count)}${plural(count, { other: '件' })}一致`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `${number(count)}件中${number(position)}件目：${title}`,
  };
}

