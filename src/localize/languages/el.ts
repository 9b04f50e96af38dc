import type { Counting, LanguageTable } from '../localize.js';

// Greek (el). Translated for news readers: nouns of action for buttons and actions ("Μεγέθυνση",
// "Κλείσιμο", "Προβολή όλων"), as Greek interfaces do; polite plural only in "Δοκιμάστε ξανά" and "δείτε".
// For a native speaker to review:
// - "Χρονολόγιο" for timeline and "γεγονός" for event (vs "χρονογραμμή", "συμβάν")
// - afterBreak "⟦3 έτη⟧ αργότερα:" takes the formatter's nominative, so "1 μήνας αργότερα" (should be "1 μήνα"); the formatter also says "έτη", not "χρόνια"
// - closeEvent is "Κλείσιμο: ⟦title⟧" with a colon, since a title cannot be put in the genitive
// - Key names as printed on Greek keyboards (Latin: Tab, Enter, Esc, Home End, Page Up/Down); "Διάστημα" for the space bar
// - media: "πρόγραμμα αναπαραγωγής" for the player (long; "player" is common); neuter "στο/του" assumed for every site name
// - story: "ιστορία"; eventLink "Σύνδεσμος για το γεγονός: ⟦title⟧" with a colon, as closeEvent

/** "<from> – <to>", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element

    timeline: 'Χρονολόγιο',
    loading: 'Φόρτωση χρονολογίου…',
    empty: 'Δεν υπάρχει ακόμη χρονολόγιο για προβολή.',
    otherEvents: 'Άλλα γεγονότα',
    afterBreak: ({ span }: { span: string }) => `${span} αργότερα:`,

    // Zoom and pan buttons

    controls: 'Ζουμ και μετακίνηση',
    earlier: 'Νωρίτερα',
    zoomOut: 'Σμίκρυνση',
    zoomIn: 'Μεγέθυνση',
    later: 'Αργότερα',
    showAll: 'Προβολή όλων',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help

    shortcuts: 'Συντομεύσεις πληκτρολογίου',

    // Cards

    closeEvent: ({ title }: { title: string }) => `Κλείσιμο: ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'γεγονός', other: 'γεγονότα' })} σε αυτό το σημείο`,
    closeList: 'Κλείσιμο λίστας',

    // Story: stepping through the events one card at a time

    previousEvent: 'Προηγούμενο γεγονός',
    nextEvent: 'Επόμενο γεγονός',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} από ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} από ${number(total)}: ${date}, ${title}`,
    startStory: 'Έναρξη της ιστορίας',
    pauseStory: 'Παύση της ιστορίας',
    playStory: 'Αναπαραγωγή της ιστορίας',

    // Links to events (with `permalinks`)

    copyLink: 'Αντιγραφή συνδέσμου',
    linkCopied: 'Ο σύνδεσμος αντιγράφηκε.',
    copyFailed: 'Δεν ήταν δυνατή η αντιγραφή του συνδέσμου· είναι επιλεγμένος παρακάτω για αντιγραφή με το χέρι.',
    eventLink: ({ title }: { title: string }) => `Σύνδεσμος για το γεγονός: ${title}`,

    // Clusters

    merged: 'Συγχωνευμένα γεγονότα',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `Ακόμη ${number(count)} ${plural(count, { one: 'γεγονός', other: 'γεγονότα' })}, ${range(from, to)}: ${plural(count, { one: 'προβολή του', other: 'προβολή τους' })}`,

    // The live region

    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Προβολή: ${range(from, to)}, ${number(visible)} από ${plural(total, { one: `${number(total)} γεγονός`, other: `τα ${number(total)} γεγονότα` })}`,

    // Errors and credit

    loadFailed: ({ where, reason }: { where: string; reason: string }) =>
      `Δεν ήταν δυνατή η φόρτωση του χρονολογίου από τη διεύθυνση ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `ο διακομιστής απάντησε με κωδικό ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `τα δεδομένα δεν έφτασαν πλήρως εντός του χρονικού ορίου ${plural(seconds, { one: `του ${number(seconds)} δευτερολέπτου`, other: `των ${number(seconds)} δευτερολέπτων` })}`,
    networkFailed: 'το αίτημα δικτύου απέτυχε (εκτός σύνδεσης, αποκλεισμένο ή μη επιτρεπτό από αυτή τη σελίδα)',
    inlineData: 'Τα ενσωματωμένα δεδομένα του χρονολογίου',
    timelineFile: ({ where }: { where: string }) => `Το αρχείο χρονολογίου ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} δεν είναι έγκυρο JSON: ${detail}`,
    unusable: 'Δεν ήταν δυνατή η χρήση του εγγράφου χρονολογίου.',
    wholeDocument: '(έγγραφο)',
    moreProblems: ({ count }: { count: number }) => `…και ${number(count)} ακόμη (δείτε την ιδιότητα {problems} του στοιχείου).`,
    retry: 'Δοκιμάστε ξανά',
    source: 'Πηγή:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)

    mediaPlay: ({ site }: { site: string }) => `Αναπαραγωγή στο ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Η αναπαραγωγή φορτώνει το πρόγραμμα αναπαραγωγής του ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Άνοιγμα στο ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Αυτή η σελίδα δεν επιτρέπει το πρόγραμμα αναπαραγωγής του ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `Βίντεο ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Μετάβαση ανάμεσα στα κουμπιά και μετά στα γεγονότα',
    arrowsAction: 'Προηγούμενο ή επόμενο γεγονός',
    endsKeys: 'Home End',
    endsAction: 'Πρώτο ή τελευταίο γεγονός',
    openKeys: 'Enter Διάστημα',
    openAction: 'Άνοιγμα του γεγονότος',
    closeKey: 'Esc',
    closeAction: 'Κλείσιμο του γεγονότος ή αυτής της λίστας',
    zoomAction: 'Μεγέθυνση ή σμίκρυνση',
    showAllAction: 'Προβολή όλων',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Νωρίτερα ή αργότερα',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Νέο',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'νέο γεγονός', other: 'νέα γεγονότα' })}`,
    liveChanged: ({ count }: { count: number }) => `${plural(count, { one: `Ενημερώθηκε ${number(count)} γεγονός`, other: `Ενημερώθηκαν ${number(count)} γεγονότα` })}`,
    liveRemoved: 'Το ανοιχτό γεγονός αφαιρέθηκε από το χρονολόγιο.',
    liveRetry: ({ seconds }: { seconds: number }) => `Η ενημέρωση απέτυχε. Νέα προσπάθεια σε ${number(seconds)} ${plural(seconds, { one: 'δευτερόλεπτο', other: 'δευτερόλεπτα' })}.`,
    livePause: 'Παύση ενημερώσεων',
    liveResume: 'Συνέχιση ενημερώσεων',
    liveFailed: 'Η ενημέρωση απέτυχε: δεν ήταν δυνατή η χρήση του νέου εγγράφου χρονολογίου.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Εμφάνιση γεγονότων από',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `Εμφανίζονται ${number(shown)} από ${number(total)} ${plural(total, { one: 'γεγονός', other: 'γεγονότα' })}`,
    findLabel: 'Αναζήτηση στο χρονολόγιο',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Κανένα αποτέλεσμα' : `${number(count)} ${plural(count, { one: 'αποτέλεσμα', other: 'αποτελέσματα' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Αποτέλεσμα ${number(position)} από ${number(count)}: ${title}`,
  };
}

