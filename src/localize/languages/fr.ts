import type { Counting, LanguageTable } from '../localize.js';

// French (fr). Translated for news readers: infinitives for actions and button names
// ("Réessayer", "Tout afficher"), no tu/vous; "événement" for every event; no-break space
// before colons.
// For a native speaker to review:
// - range uses a spaced en dash ("août 2014 – décembre 2015") to avoid "de/d’" and "du … au" agreement with every date shape
// - pageKeys "Pg préc Pg suiv": as printed on many AZERTY keyboards (others show ⇞ ⇟ or "Pg.Préc")
// - controls "Zoom et déplacement": the buttons' group name; "déplacement" for panning
// - cluster ends with the bare infinitive "afficher" ("…, août 2014 – décembre 2015 : afficher")
// - showing "Affichage : …, 5 événements sur 8": the noun follows the visible count, not the total
// - inlineData "Le contenu intégré de la chronologie": singular so that notJson's "n’est pas" agrees
// - media: "Lire sur YouTube" / "lecteur": lecture and lecteur repeat in mediaConsent; "Lancer la vidéo charge …" is an alternative
// - story: "récit" (vs "histoire"); playStory "Reprendre le récit" as the button shows only after a pause ("Lire" could read as "read")

/** "août 2014 – décembre 2015", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: 'Chronologie',
    loading: 'Chargement de la chronologie…',
    empty: 'Aucune chronologie à afficher pour l’instant.',
    otherEvents: 'Autres événements',
    afterBreak: ({ span }: { span: string }) => `${span} plus tard\u00A0:`,

    // Zoom and pan buttons
    controls: 'Zoom et déplacement',
    earlier: 'Plus tôt',
    zoomOut: 'Zoom arrière',
    zoomIn: 'Zoom avant',
    later: 'Plus tard',
    showAll: 'Tout afficher',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help
    shortcuts: 'Raccourcis clavier',

    // Cards
    closeEvent: ({ title }: { title: string }) => `Fermer ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'événement', many: 'd’événements', other: 'événements' })} ici`,
    closeList: 'Fermer la liste',

    // Story: stepping through the events one card at a time
    previousEvent: 'Événement précédent',
    nextEvent: 'Événement suivant',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} sur ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} sur ${number(total)}\u00A0: ${date}, ${title}`,
    startStory: 'Commencer le récit',
    pauseStory: 'Mettre le récit en pause',
    playStory: 'Reprendre le récit',

    // Links to events (with `permalinks`)
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié.',
    copyFailed: 'Le lien n’a pas pu être copié\u00A0; il est sélectionné ci-dessous pour le copier à la main.',
    eventLink: ({ title }: { title: string }) => `Lien vers ${title}`,

    // Clusters
    merged: 'Événements regroupés',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${number(count)} ${plural(count, { one: 'autre événement', many: 'd’autres événements', other: 'autres événements' })}, ${range(from, to)}\u00A0: afficher`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Affichage\u00A0: ${range(from, to)}, ${number(visible)} ${plural(visible, { one: 'événement', many: 'd’événements', other: 'événements' })} sur ${number(total)}`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Impossible de charger la chronologie depuis ${where}\u00A0: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `le serveur a répondu avec le code ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `elle n’est pas arrivée en entier dans le délai de ${number(seconds)} ${plural(seconds, { one: 'seconde', many: 'de secondes', other: 'secondes' })}`,
    networkFailed: 'la requête réseau a échoué (hors ligne, bloquée ou non autorisée depuis cette page)',
    inlineData: 'Le contenu intégré de la chronologie',
    timelineFile: ({ where }: { where: string }) => `Le fichier de chronologie ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} n’est pas du JSON valide\u00A0: ${detail}`,
    unusable: 'Le document de la chronologie est inutilisable.',
    wholeDocument: '(document)',
    moreProblems: ({ count }: { count: number }) =>
      `… et ${number(count)} ${plural(count, { one: 'autre problème', many: 'd’autres problèmes', other: 'autres problèmes' })} (voir la propriété {problems} de l’élément).`,
    retry: 'Réessayer',
    source: 'Source\u00A0:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}\u00A0: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `Lire sur ${site}`,
    mediaConsent: ({ site }: { site: string }) => `La lecture charge le lecteur de ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Ouvrir sur ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Cette page n’autorise pas le lecteur de ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `Vidéo ${site}\u00A0: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Passer d’un bouton à l’autre, puis aux événements',
    arrowsAction: 'Événement précédent ou suivant',
    endsKeys: 'Début Fin',
    endsAction: 'Premier ou dernier événement',
    openKeys: 'Entrée Espace',
    openAction: 'Ouvrir l’événement',
    closeKey: 'Échap',
    closeAction: 'Fermer l’événement ou cette liste',
    zoomAction: 'Zoom avant ou arrière',
    showAllAction: 'Tout afficher',
    pageKeys: 'Pg\u00A0préc Pg\u00A0suiv',
    pageAction: 'Plus tôt ou plus tard',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Nouveau',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'nouvel événement', many: 'de nouveaux événements', other: 'nouveaux événements' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'événement mis à jour', many: 'd’événements mis à jour', other: 'événements mis à jour' })}`,
    liveRemoved: 'L’événement ouvert a été retiré de la chronologie.',
    liveRetry: ({ seconds }: { seconds: number }) => `Mise à jour impossible. Nouvel essai dans ${number(seconds)} ${plural(seconds, { one: 'seconde', many: 'de secondes', other: 'secondes' })}.`,
    livePause: 'Suspendre les mises à jour',
    liveResume: 'Reprendre les mises à jour',
    liveFailed: 'Mise à jour impossible : le nouveau document de la chronologie est inutilisable.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Afficher les événements de',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(shown)} sur ${number(total)} ${plural(total, { one: 'événement affiché', many: 'd’événements affichés', other: 'événements affichés' })}`,
    findLabel: 'Rechercher dans la chronologie',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Aucun résultat' : `${number(count)} ${plural(count, { one: 'résultat', many: 'de résultats', other: 'résultats' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Résultat ${number(position)} sur ${number(count)} : ${title}`,
  };
}

