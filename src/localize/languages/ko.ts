import type { Counting, LanguageTable } from '../localize.js';

// Korean (ko). Translated for news readers: -ㅂ니다 endings for sentences, noun forms
// (닫기, 보기, 이전/이후) for buttons and help, -음/-함 noun endings for error reasons;
// "event" is 사건 throughout, counted with 건.
// For a native speaker to review:
// - 사건 for "event" (이벤트 reads as a promotion); 일 or 주요 사건 may suit some timelines better
// - Range written 〜부터 〜까지 (words rather than ~) so screen readers read it; may be long in tooltips
// - notJson rephrased as "〜의 JSON이 올바르지 않습니다" to avoid 은(는) after a file address
// - Space key shown as 스페이스바, Escape as Esc, Page Up/Down kept as printed on keys
// - 묶인 사건 for the merged-events group name
// - media: 플레이어 and 동영상; buttons as nouns (재생, 열기) like the others
// - eventPosition "9건 중 3번째" (galleries also write "3/9")
// - story: 스토리 (vs 이야기)

/** "<from> to <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from}부터 ${to}까지`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: '타임라인',
    loading: '타임라인 불러오는 중…',
    empty: '아직 표시할 타임라인이 없습니다.',
    otherEvents: '기타 사건',
    afterBreak: ({ span }: { span: string }) => `${span} 후:`,

    // Zoom and pan buttons
    controls: '확대/축소 및 이동',
    earlier: '이전',
    zoomOut: '축소',
    zoomIn: '확대',
    later: '이후',
    showAll: '전체 보기',
    withKey: ({ label, key }: { label: string; key: string }) => `${label}(${key})`,

    // Keyboard help
    shortcuts: '키보드 단축키',

    // Cards
    closeEvent: ({ title }: { title: string }) => `‘${title}’ 닫기`,
    eventsHere: ({ count }: { count: number }) => `이곳의 사건 ${number(count)}${plural(count, { other: '건' })}`,
    closeList: '목록 닫기',

    // Story: stepping through the events one card at a time
    previousEvent: '이전 사건',
    nextEvent: '다음 사건',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(total)}건 중 ${number(position)}번째`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(total)}건 중 ${number(position)}번째: ${date}, ${title}`,
    startStory: '스토리 시작',
    pauseStory: '스토리 일시 정지',
    playStory: '스토리 재생',

    // Links to events (with `permalinks`)
    copyLink: '링크 복사',
    linkCopied: '링크를 복사했습니다.',
    copyFailed: '링크를 복사하지 못했습니다. 아래에 선택되어 있으니 직접 복사하세요.',
    eventLink: ({ title }: { title: string }) => `‘${title}’ 링크`,

    // Clusters
    merged: '묶인 사건',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${range(from, to)}의 사건 ${number(count)}${plural(count, { other: '건' })} 더 보기`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `${range(from, to)} 표시 중, 사건 ${number(total)}${plural(total, { other: '건' })} 중 ${number(visible)}건`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `${where}에서 타임라인을 불러올 수 없습니다: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `서버 응답 코드 ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) => `제한 시간 ${number(seconds)}초 안에 모두 받지 못함`,
    networkFailed: '네트워크 요청 실패(오프라인, 차단됨 또는 이 페이지에서 허용되지 않음)',
    inlineData: '인라인 타임라인 데이터',
    timelineFile: ({ where }: { where: string }) => `타임라인 파일 ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what}의 JSON이 올바르지 않습니다: ${detail}`,
    unusable: '타임라인 문서를 사용할 수 없습니다.',
    wholeDocument: '(문서)',
    moreProblems: ({ count }: { count: number }) => `…외 ${number(count)}${plural(count, { other: '건' })}(요소의 {problems} 속성 참조).`,
    retry: '다시 시도',
    source: '출처:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `${site}에서 재생`,
    mediaConsent: ({ site }: { site: string }) => `재생하면 ${site}의 플레이어를 불러옵니다.`,
    mediaOpen: ({ site }: { site: string }) => `${site}에서 열기`,
    mediaBlocked: ({ site }: { site: string }) => `이 페이지에서는 ${site} 플레이어를 허용하지 않습니다.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `${site} 동영상: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: '버튼 사이를 이동한 다음 사건으로 이동',
    arrowsAction: '이전 또는 다음 사건',
    endsKeys: 'Home End',
    endsAction: '첫 번째 또는 마지막 사건',
    openKeys: 'Enter 스페이스바',
    openAction: '사건 열기',
    closeKey: 'Esc',
    closeAction: '사건 또는 이 목록 닫기',
    zoomAction: '확대 또는 축소',
    showAllAction: '전체 보기',
    pageKeys: 'Page\u00a0Up Page\u00a0Down',
    pageAction: '이전 또는 이후',

    // Live updates (read only by news-timeline.live.js)
    liveNew: '새 항목',
    liveAdded: ({ count }: { count: number }) => `새 사건 ${number(count)}${plural(count, { other: '건' })}`,
    liveChanged: ({ count }: { count: number }) => `사건 ${number(count)}${plural(count, { other: '건' })} 업데이트됨`,
    liveRemoved: '열려 있던 사건이 타임라인에서 삭제되었습니다.',
    liveRetry: ({ seconds }: { seconds: number }) => `업데이트하지 못했습니다. ${number(seconds)}초 후에 다시 시도합니다.`,
    livePause: '업데이트 일시 중지',
    liveResume: '업데이트 다시 시작',
    liveFailed: '업데이트하지 못했습니다: 새 타임라인 문서를 사용할 수 없습니다.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: '다음 분류의 사건 표시',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(total)}${plural(total, { other: '건' })} 중 ${number(shown)}건 표시`,
    findLabel: '타임라인에서 찾기',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? '일치 항목 없음' : `${number(count)}${plural(count, { other: '건' })} 일치`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `${number(count)}건 중 ${number(position)}번째: ${title}`,
  };
}

