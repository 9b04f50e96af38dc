import type { Counting, LanguageTable } from '../localize.js';

// European Portuguese (pt-PT). Translated for news readers: infinitives for actions and
// button names ("Mostrar tudo", "Tentar novamente"), "a + infinitive" rather than the
// gerund, no você/tu; "acontecimento" for every event, as in Portuguese news timelines.
// For a native speaker to review:
// - "acontecimento" rather than "evento" (which reads as an organised event); "evento" is shorter
// - range "agosto de 2014 a dezembro de 2015" without a leading "de"; with days it reads "3 de agosto de 2014 a 5 de agosto de 2014"
// - pageKeys "Page Up Page Down" (no-break spaces), endsKeys "Home End", openKeys "Enter Espaço": as printed on most Portuguese keyboards
// - zoomIn/zoomOut "Ampliar"/"Reduzir"
// - controls "Zoom e deslocação": the buttons' group name
// - cluster "Mais 12 acontecimentos, …: mostrá-los" (one: "mostrá-lo")
// - media: "no/do …" treats every site name as masculine; "leitor" for the player, as in Portugal
// - "ligação" for link (many Portuguese sites now write "link"); "Pausar" vs "Colocar em pausa"

/** "agosto de 2014 a dezembro de 2015", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} a ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: 'Cronologia',
    loading: 'A carregar a cronologia…',
    empty: 'Ainda não há nenhuma cronologia para mostrar.',
    otherEvents: 'Outros acontecimentos',
    afterBreak: ({ span }: { span: string }) => `${span} mais tarde:`,

    // Zoom and pan buttons
    controls: 'Zoom e deslocação',
    earlier: 'Antes',
    zoomOut: 'Reduzir',
    zoomIn: 'Ampliar',
    later: 'Depois',
    showAll: 'Mostrar tudo',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help
    shortcuts: 'Atalhos de teclado',

    // Cards
    closeEvent: ({ title }: { title: string }) => `Fechar ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'acontecimento', many: 'de acontecimentos', other: 'acontecimentos' })} aqui`,
    closeList: 'Fechar a lista',

    // Story: stepping through the events one card at a time
    previousEvent: 'Acontecimento anterior',
    nextEvent: 'Acontecimento seguinte',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} de ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} de ${number(total)}: ${date}, ${title}`,
    startStory: 'Iniciar a história',
    pauseStory: 'Pausar a história',
    playStory: 'Reproduzir a história',

    // Links to events (with `permalinks`)
    copyLink: 'Copiar ligação',
    linkCopied: 'Ligação copiada.',
    copyFailed: 'Não foi possível copiar a ligação; está selecionada abaixo para a copiar à mão.',
    eventLink: ({ title }: { title: string }) => `Ligação para ${title}`,

    // Clusters
    merged: 'Acontecimentos agrupados',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `Mais ${number(count)} ${plural(count, { one: 'acontecimento', many: 'de acontecimentos', other: 'acontecimentos' })}, ${range(from, to)}: ${plural(count, { one: 'mostrá-lo', many: 'mostrá-los', other: 'mostrá-los' })}`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `A mostrar ${range(from, to)}, ${number(visible)} de ${number(total)} ${plural(total, { one: 'acontecimento', many: 'de acontecimentos', other: 'acontecimentos' })}`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Não foi possível carregar a cronologia de ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `o servidor respondeu com o código ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `não chegou completa dentro do limite de ${number(seconds)} ${plural(seconds, { one: 'segundo', many: 'de segundos', other: 'segundos' })}`,
    networkFailed: 'o pedido de rede falhou (sem ligação, bloqueado ou não permitido a partir desta página)',
    inlineData: 'O conteúdo incorporado da cronologia',
    timelineFile: ({ where }: { where: string }) => `O ficheiro da cronologia ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} não é JSON válido: ${detail}`,
    unusable: 'Não foi possível utilizar o documento da cronologia.',
    wholeDocument: '(documento)',
    moreProblems: ({ count }: { count: number }) =>
      `… e mais ${number(count)} ${plural(count, { one: 'problema', many: 'de problemas', other: 'problemas' })} (ver a propriedade {problems} do elemento).`,
    retry: 'Tentar novamente',
    source: 'Fonte:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `Reproduzir no ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Ao reproduzir, é carregado o leitor do ${site}.`,
    mediaOpen: ({ site }: { site: string }) => `Abrir no ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Esta página não permite o leitor do ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `Vídeo do ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Navegar entre os botões e depois pelos acontecimentos',
    arrowsAction: 'Acontecimento anterior ou seguinte',
    endsKeys: 'Home End',
    endsAction: 'Primeiro ou último acontecimento',
    openKeys: 'Enter Espaço',
    openAction: 'Abrir o acontecimento',
    closeKey: 'Esc',
    closeAction: 'Fechar o acontecimento ou esta lista',
    zoomAction: 'Ampliar ou reduzir',
    showAllAction: 'Mostrar tudo',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Antes ou depois',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Novo',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'acontecimento novo', many: 'de acontecimentos novos', other: 'acontecimentos novos' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'acontecimento atualizado', many: 'de acontecimentos atualizados', other: 'acontecimentos atualizados' })}`,
    liveRemoved: 'O acontecimento aberto foi removido da cronologia.',
    liveRetry: ({ seconds }: { seconds: number }) => `Não foi possível atualizar. Nova tentativa dentro de ${number(seconds)} ${plural(seconds, { one: 'segundo', many: 'de segundos', other: 'segundos' })}.`,
    livePause: 'Pausar atualizações',
    liveResume: 'Retomar atualizações',
    liveFailed: 'Não foi possível atualizar: não foi possível utilizar o novo documento da cronologia.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Mostrar acontecimentos de',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(shown)} de ${number(total)} ${plural(total, { one: 'acontecimento mostrado', many: 'de acontecimentos mostrados', other: 'acontecimentos mostrados' })}`,
    findLabel: 'Procurar na cronologia',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Sem resultados' : `${number(count)} ${plural(count, { one: 'resultado', many: 'de resultados', other: 'resultados' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Resultado ${number(position)} de ${number(count)}: ${title}`,
  };
}

