import type { Counting, LanguageTable } from '../localize.js';

// Hindi (hi). Translated for news readers: polite -एँ/-ें imperatives for actions (बंद करें,
// दिखाएँ), as Hindi interfaces use, nouns where English has nouns; "event" is घटना throughout
// (plural घटनाएँ, oblique घटनाओं); sentences end with the danda (।).
// For a native speaker to review:
// - ज़ूम और पैन for the button group: पैन may be unfamiliar; ज़ूम और स्क्रॉल is an alternative
// - पहले / बाद में for the pan buttons (earlier / later dates): short, but पहले can also read "first"
// - Key names left as printed on Indian (US-layout) keyboards: Tab, Home End, Enter Space, Esc, Page Up/Down
// - Loanwords एलिमेंट and प्रॉपर्टी in moreProblems (तत्व / गुण are the purist terms)
// - CLDR puts 0 in the "one" category, so 0 reads "0 घटना"
// - समूहित घटनाएँ for "merged events"
// - media: "चलाएँ" for play and the loanword प्लेयर; पेज as in networkFailed
// - story: कहानी; pauseStory "रोकें" may read as "stop" ("कहानी थामें" is an alternative)

/** "<from> to <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} से ${to} तक`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: 'टाइमलाइन',
    loading: 'टाइमलाइन लोड हो रही है…',
    empty: 'अभी दिखाने के लिए कोई टाइमलाइन नहीं है।',
    otherEvents: 'अन्य घटनाएँ',
    afterBreak: ({ span }: { span: string }) => `${span} बाद:`,

    // Zoom and pan buttons
    controls: 'ज़ूम और पैन',
    earlier: 'पहले',
    zoomOut: 'ज़ूम आउट',
    zoomIn: 'ज़ूम इन',
    later: 'बाद में',
    showAll: 'सब दिखाएँ',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help
    shortcuts: 'कीबोर्ड शॉर्टकट',

    // Cards
    closeEvent: ({ title }: { title: string }) => `“${title}” बंद करें`,
    eventsHere: ({ count }: { count: number }) => `यहाँ ${number(count)} ${plural(count, { one: 'घटना', other: 'घटनाएँ' })}`,
    closeList: 'सूची बंद करें',

    // Story: stepping through the events one card at a time
    previousEvent: 'पिछली घटना',
    nextEvent: 'अगली घटना',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(total)} में से ${number(position)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(total)} में से ${number(position)}: ${date}, ${title}`,
    startStory: 'कहानी शुरू करें',
    pauseStory: 'कहानी रोकें',
    playStory: 'कहानी चलाएँ',

    // Links to events (with `permalinks`)
    copyLink: 'लिंक कॉपी करें',
    linkCopied: 'लिंक कॉपी हो गया।',
    copyFailed: 'लिंक कॉपी नहीं हो सका; इसे हाथ से कॉपी करने के लिए नीचे चुना गया है।',
    eventLink: ({ title }: { title: string }) => `“${title}” का लिंक`,

    // Clusters
    merged: 'समूहित घटनाएँ',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${range(from, to)} की ${number(count)} और ${plural(count, { one: 'घटना', other: 'घटनाएँ' })}: दिखाएँ`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `${range(from, to)} दिखाया जा रहा है, कुल ${number(total)} ${plural(total, { one: 'घटना', other: 'घटनाओं' })} में से ${number(visible)}`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `${where} से टाइमलाइन लोड नहीं हो सकी: ${reason}।`,
    serverAnswered: ({ status }: { status: number }) => `सर्वर ने ${status} लौटाया`,
    timeLimit: ({ seconds }: { seconds: number }) => `डेटा ${number(seconds)} सेकंड की समय-सीमा में पूरा नहीं पहुँचा`,
    networkFailed: 'नेटवर्क अनुरोध विफल रहा (ऑफ़लाइन, अवरुद्ध, या इस पेज से अनुमति नहीं)',
    inlineData: 'इनलाइन टाइमलाइन डेटा',
    timelineFile: ({ where }: { where: string }) => `टाइमलाइन फ़ाइल ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} मान्य JSON नहीं है: ${detail}`,
    unusable: 'टाइमलाइन दस्तावेज़ का उपयोग नहीं किया जा सका।',
    wholeDocument: '(दस्तावेज़)',
    moreProblems: ({ count }: { count: number }) => `…और ${number(count)} अन्य (एलिमेंट की {problems} प्रॉपर्टी देखें)।`,
    retry: 'फिर से कोशिश करें',
    source: 'स्रोत:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `${site} पर चलाएँ`,
    mediaConsent: ({ site }: { site: string }) => `चलाने पर ${site} से प्लेयर लोड होगा।`,
    mediaOpen: ({ site }: { site: string }) => `${site} पर खोलें`,
    mediaBlocked: ({ site }: { site: string }) => `यह पेज ${site} प्लेयर की अनुमति नहीं देता।`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `${site} वीडियो: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'बटनों के बीच जाएँ, फिर घटनाओं पर',
    arrowsAction: 'पिछली या अगली घटना',
    endsKeys: 'Home End',
    endsAction: 'पहली या आख़िरी घटना',
    openKeys: 'Enter Space',
    openAction: 'घटना खोलें',
    closeKey: 'Esc',
    closeAction: 'घटना या यह सूची बंद करें',
    zoomAction: 'ज़ूम इन या आउट करें',
    showAllAction: 'सब कुछ दिखाएँ',
    pageKeys: 'Page\u00a0Up Page\u00a0Down',
    pageAction: 'पहले या बाद में',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'नया',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'नई घटना', other: 'नई घटनाएँ' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'घटना अपडेट हुई', other: 'घटनाएँ अपडेट हुईं' })}`,
    liveRemoved: 'खुली घटना टाइमलाइन से हटा दी गई।',
    liveRetry: ({ seconds }: { seconds: number }) => `अपडेट नहीं हो सका। ${number(seconds)} सेकंड में फिर कोशिश की जाएगी।`,
    livePause: 'अपडेट रोकें',
    liveResume: 'अपडेट फिर शुरू करें',
    liveFailed: 'अपडेट नहीं हो सका: नए टाइमलाइन दस्तावेज़ का उपयोग नहीं किया जा सका।',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'इनसे घटनाएँ दिखाएँ',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(total)} में से ${number(shown)} ${plural(shown, { one: 'घटना', other: 'घटनाएँ' })} दिखाई गई हैं`,
    findLabel: 'टाइमलाइन में खोजें',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'कोई मिलान नहीं' : `${number(count)} ${plural(count, { one: 'मिलान', other: 'मिलान' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `${number(count)} में से मिलान ${number(position)}: ${title}`,
  };
}

