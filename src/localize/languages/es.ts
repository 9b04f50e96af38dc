import type { Counting, LanguageTable } from '../localize.js';

// Spanish (es). Translated for news readers: infinitives for actions and button names
// ("Mostrar todo", "Reintentar"), no tú/usted; "evento" for every event.
// For a native speaker to review:
// - openKeys "Intro Espacio" and pageKeys "Re Pág Av Pág" follow keyboards sold in Spain; Latin American keyboards print "Enter"
// - range "agosto de 2014 a diciembre de 2015" without a leading "de"; with days it reads "3 de agosto de 2014 a 5 de agosto de 2014"
// - controls "Zoom y desplazamiento": the buttons' group name
// - zoomIn/zoomOut "Acercar"/"Alejar" (as in map apps) rather than "Ampliar"/"Reducir"
// - cluster ends with "mostrarlos" (or "mostrarlo" for one): is the pronoun natural in a button name?
// - media: "Vídeo" with the accent as in Spain (Latin America writes "Video"); "reproductor" for the player
// - story: "historia" (vs "relato"); "Pausar"/"Reproducir" as in media players

/** "agosto de 2014 a diciembre de 2015", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} a ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: 'Cronología',
    loading: 'Cargando la cronología…',
    empty: 'Todavía no hay ninguna cronología que mostrar.',
    otherEvents: 'Otros eventos',
    afterBreak: ({ span }: { span: string }) => `${span} después:`,

    // Zoom and pan buttons
    controls: 'Zoom y desplazamiento',
    earlier: 'Antes',
    zoomOut: 'Alejar',
    zoomIn: 'Acercar',
    later: 'Después',
    showAll: 'Mostrar todo',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help
    shortcuts: 'Atajos de teclado',

    // Cards
    closeEvent: ({ title }: { title: string }) => `Cerrar ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'evento', many: 'de eventos', other: 'eventos' })} aquí`,
    closeList: 'Cerrar la lista',

    // Story: stepping through the events one card at a time
    previousEvent: 'Evento anterior',
    nextEvent: 'Evento siguiente',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} de ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} de ${number(total)}: ${date}, ${title}`,
    startStory: 'Iniciar la historia',
    pauseStory: 'Pausar la historia',
    playStory: 'Reproducir la historia',

    // Links to events (with `permalinks`)
    copyLink: 'Copiar enlace',
    linkCopied: 'Enlace copiado.',
    copyFailed: 'No se pudo copiar el enlace; está seleccionado abajo para copiarlo a mano.',
    eventLink: ({ title }: { title: string }) => `Enlace a ${title}`,

    // Clusters
    merged: 'Eventos agrupados',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `${number(count)} ${plural(count, { one: 'evento más', many: 'de eventos más', other: 'eventos más' })}, ${range(from, to)}: ${plural(count, { one: 'mostrarlo', many: 'mostrarlos', other: 'mostrarlos' })}`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Mostrando ${range(from, to)}, ${number(visible)} de ${number(total)} ${plural(total, { one: 'evento', many: 'de eventos', other: 'eventos' })}`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `No se pudo cargar la cronología desde ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `el servidor respondió con el código ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `no llegó completa dentro del plazo de ${number(seconds)} ${plural(seconds, { one: 'segundo', many: 'de segundos', other: 'segundos' })}`,
    networkFailed: 'falló la solicitud de red (sin conexión, bloqueada o no permitida desde esta página)',
    inlineData: 'El contenido incrustado de la cronología',
    timelineFile: ({ where }: { where: string }) => `El archivo de cronología ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} no es un JSON válido: ${detail}`,
    unusable: 'No se pudo usar el documento de la cronología.',
    wholeDocument: '(documento)',
    moreProblems: ({ count }: { count: number }) =>
      `… y ${number(count)} ${plural(count, { one: 'problema más', many: 'de problemas más', other: 'problemas más' })} (ver la propiedad {problems} del elemento).`,
    retry: 'Reintentar',
    source: 'Fuente:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `Reproducir en ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Al reproducir se carga el reproductor de ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Abrir en ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Esta página no permite el reproductor de ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `Vídeo de ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Moverse entre los botones y después por los eventos',
    arrowsAction: 'Evento anterior o siguiente',
    endsKeys: 'Inicio Fin',
    endsAction: 'Primer o último evento',
    openKeys: 'Intro Espacio',
    openAction: 'Abrir el evento',
    closeKey: 'Esc',
    closeAction: 'Cerrar el evento o esta lista',
    zoomAction: 'Acercar o alejar',
    showAllAction: 'Mostrar todo',
    pageKeys: 'Re\u00A0Pág Av\u00A0Pág',
    pageAction: 'Antes o después',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Nuevo',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'evento nuevo', many: 'de eventos nuevos', other: 'eventos nuevos' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'evento actualizado', many: 'de eventos actualizados', other: 'eventos actualizados' })}`,
    liveRemoved: 'El evento abierto se ha eliminado de la cronología.',
    liveRetry: ({ seconds }: { seconds: number }) => `No se pudo actualizar. Se volverá a intentar en ${number(seconds)} ${plural(seconds, { one: 'segundo', many: 'de segundos', other: 'segundos' })}.`,
    livePause: 'Pausar actualizaciones',
    liveResume: 'Reanudar actualizaciones',
    liveFailed: 'No se pudo actualizar: no se pudo usar el nuevo documento de la cronología.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Mostrar sucesos de',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(shown)} de ${number(total)} ${plural(total, { one: 'evento mostrado', many: 'de eventos mostrados', other: 'eventos mostrados' })}`,
    findLabel: 'Buscar en la cronología',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Sin resultados' : `${number(count)} ${plural(count, { one: 'resultado', many: 'de resultados', other: 'resultados' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Resultado ${number(position)} de ${number(count)}: ${title}`,
  };
}

