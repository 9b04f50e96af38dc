import type { Counting, LanguageTable } from '../localize.js';

// Hebrew (he). Translated for news readers: action nouns (שם פעולה) for buttons and actions
// ("הגדלה", "סגירת הרשימה") so no reader is addressed by gender; "ראו" (plural) where a reader is sent elsewhere.
// For a native speaker to review:
// - one and two written as words ("אירוע אחד", "שני אירועים") rather than "1 אירוע" / "2 אירועים"
// - controls "זום והזזה" for "Zoom and pan": "הזזה" vs "גלילה"
// - closeEvent "סגירת האירוע: …": the colon keeps a title from reading as part of the construct state
// - showing "תצוגה: …" and cluster "…: להצגה" for "Showing …" / "show them"
// - notJson "… — JSON לא תקין": dash instead of "אינו/אינם", which would have to agree with data (plural) or file (singular)
// - timeLimit "0.5 שנייה": CLDR puts 0.5 in "one", so the singular noun follows a fraction
// - media: maqaf ־ joins ב/מ to the Latin site name ("ב־YouTube"); some sites write a plain hyphen
// - story: "הסיפור"; eventLink "קישור לאירוע: ⟦title⟧" with a colon, as closeEvent

/** "<from> עד <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} עד ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'ציר זמן',
    loading: 'ציר הזמן נטען…',
    empty: 'אין עדיין ציר זמן להצגה.',
    otherEvents: 'אירועים אחרים',
    afterBreak: ({ span }: { span: string }) => `כעבור ${span}:`,

    // Zoom and pan buttons

    controls: 'זום והזזה',
    earlier: 'מוקדם יותר',
    zoomOut: 'הקטנה',
    zoomIn: 'הגדלה',
    later: 'מאוחר יותר',
    showAll: 'הצגת הכול',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'קיצורי מקלדת',

    // Cards

    closeEvent: ({ title }: { title: string }) => `סגירת האירוע: ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${plural(count, { one: 'אירוע אחד', two: 'שני אירועים', other: `${number(count)} אירועים` })} כאן`,
    closeList: 'סגירת הרשימה',

    // Story: stepping through the events one card at a time

    previousEvent: 'האירוע הקודם',
    nextEvent: 'האירוע הבא',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} מתוך ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} מתוך ${number(total)}: ${date}, ${title}`,
    startStory: 'התחלת הסיפור',
    pauseStory: 'השהיית הסיפור',
    playStory: 'הפעלת הסיפור',

    // Links to events (with `permalinks`)

    copyLink: 'העתקת קישור',
    linkCopied: 'הקישור הועתק.',
    copyFailed: 'לא ניתן היה להעתיק את הקישור; הוא מסומן למטה להעתקה ידנית.',
    eventLink: ({ title }: { title: string }) => `קישור לאירוע: ${title}`,

    // Clusters

    merged: 'אירועים ממוזגים',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `עוד ${plural(count, { one: 'אירוע אחד', two: 'שני אירועים', other: `${number(count)} אירועים` })}, ${range(from, to)}: להצגה`,

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `תצוגה: ${range(from, to)}, ${number(visible)} מתוך ${plural(total, { one: 'אירוע אחד', two: 'שני אירועים', other: `${number(total)} אירועים` })}`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) => `לא ניתן לטעון את ציר הזמן מהכתובת ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `השרת השיב בקוד ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `הנתונים לא הגיעו במלואם בתוך מגבלת הזמן של ${number(seconds)} ${plural(seconds, { one: 'שנייה', two: 'שניות', other: 'שניות' })}`,
    networkFailed: 'בקשת הרשת נכשלה (אין חיבור, הבקשה נחסמה או שאינה מותרת מדף זה)',
    inlineData: 'נתוני ציר הזמן המוטמעים',
    timelineFile: ({ where }: { where: string }) => `קובץ ציר הזמן ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} — JSON לא תקין: ${detail}`,
    unusable: 'לא ניתן להשתמש במסמך ציר הזמן.',
    wholeDocument: '(מסמך)',
    moreProblems: ({ count }: { count: number }) => `…ועוד ${number(count)} (ראו את המאפיין {problems} של הרכיב).`,
    retry: 'ניסיון נוסף',
    source: 'מקור:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `הפעלה ב־${site}`,
    mediaConsent: ({ site }: { site: string }) => `ההפעלה טוענת את הנגן מ־${site}.`,
    mediaOpen: ({ site }: { site: string }) => `פתיחה ב־${site}`,
    mediaBlocked: ({ site }: { site: string }) => `הדף הזה אינו מאפשר את הנגן של ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `סרטון ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'מעבר בין הכפתורים, ואז אל האירועים',
    arrowsAction: 'האירוע הקודם או הבא',
    endsKeys: 'Home End',
    endsAction: 'האירוע הראשון או האחרון',
    openKeys: 'Enter רווח',
    openAction: 'פתיחת האירוע',
    closeKey: 'Esc',
    closeAction: 'סגירת האירוע או הרשימה הזו',
    zoomAction: 'הגדלה או הקטנה',
    showAllAction: 'הצגת הכול',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'מוקדם יותר או מאוחר יותר',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'חדש',
    liveAdded: ({ count }: { count: number }) => plural(count, { one: 'אירוע חדש אחד', two: 'שני אירועים חדשים', other: `${number(count)} אירועים חדשים` }),
    liveChanged: ({ count }: { count: number }) => plural(count, { one: 'אירוע אחד עודכן', two: 'שני אירועים עודכנו', other: `${number(count)} אירועים עודכנו` }),
    liveRemoved: 'האירוע הפתוח הוסר מציר הזמן.',
    liveRetry: ({ seconds }: { seconds: number }) => `לא ניתן היה לעדכן. ניסיון נוסף בעוד ${plural(seconds, { one: `${number(seconds)} שנייה`, two: 'שתי שניות', other: `${number(seconds)} שניות` })}.`,
    livePause: 'השהיית העדכונים',
    liveResume: 'חידוש העדכונים',
    liveFailed: 'לא ניתן היה לעדכן: לא ניתן להשתמש במסמך ציר הזמן החדש.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'סינון אירועים',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `מוצגים ${number(shown)} מתוך ${number(total)} ${plural(total, { one: 'אירוע', other: 'אירועים' })}`,
    findLabel: 'חיפוש בציר הזמן',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'אין תוצאות' : `${number(count)} ${plural(count, { one: 'תוצאה', other: 'תוצאות' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `תוצאה ${number(position)} מתוך ${number(count)}: ${title}`,
  };
}

