import type { Counting, LanguageTable } from '../localize.js';

// Portuguese as in Brazil (pt, also used for pt-BR). Translated for news readers: infinitives
// for actions and button names ("Mostrar tudo", "Tentar novamente"), no você/tu; "evento"
// for every event.
// For a native speaker to review:
// - range "agosto de 2014 a dezembro de 2015" without a leading "de"; with days it reads "3 de agosto de 2014 a 5 de agosto de 2014"
// - pageKeys "Page Up Page Down" (no-break spaces), endsKeys "Home End", openKeys "Enter Espaço": ABNT2 keyboards print the English names
// - zoomIn/zoomOut "Aumentar zoom"/"Diminuir zoom": the shortest usual pair found, still longer than one word
// - controls "Zoom e deslocamento": the buttons' group name
// - "evento" rather than "acontecimento" (the pt-PT file uses "acontecimento")
// - cluster "Mais 12 eventos, …: mostrá-los" (one: "mostrá-lo")
// - media: "no/do …" treats every site name as masculine ("no YouTube", "no en.wikipedia.org"); "player" as Brazilian sites say
// - story: "história"; "link" as Brazilian sites say (vs "ligação" in pt-PT)

/** "agosto de 2014 a dezembro de 2015", or one of them when both read the same. */
const range = (from: string, to: string) => (from === to ? from : `${from} a ${to}`);

/** The table; counts go through this language's plural rules and number format. */
export default function table({ plural, number }: Counting): LanguageTable {
  return {
    // The element
    timeline: 'Linha do tempo',
    loading: 'Carregando a linha do tempo…',
    empty: 'Ainda não há linha do tempo para mostrar.',
    otherEvents: 'Outros eventos',
    afterBreak: ({ span }: { span: string }) => `${span} depois:`,

    // Zoom and pan buttons
    controls: 'Zoom e deslocamento',
    earlier: 'Antes',
    zoomOut: 'Diminuir zoom',
    zoomIn: 'Aumentar zoom',
    later: 'Depois',
    showAll: 'Mostrar tudo',
    withKey: ({ label, key }: { label: string; key: string }) => `${label} (${key})`,

    // Keyboard help
    shortcuts: 'Atalhos de teclado',

    // Cards
    closeEvent: ({ title }: { title: string }) => `Fechar ${title}`,
    eventsHere: ({ count }: { count: number }) =>
      `${number(count)} ${plural(count, { one: 'evento', many: 'de eventos', other: 'eventos' })} aqui`,
    closeList: 'Fechar a lista',

    // Story: stepping through the events one card at a time
    previousEvent: 'Evento anterior',
    nextEvent: 'Próximo evento',
    eventPosition: ({ position, total }: { position: number; total: number }) => `${number(position)} de ${number(total)}`,
    storyStep: ({ position, total, date, title }: { position: number; total: number; date: string; title: string }) =>
      `${number(position)} de ${number(total)}: ${date}, ${title}`,
    startStory: 'Iniciar a história',
    pauseStory: 'Pausar a história',
    playStory: 'Reproduzir a história',

    // Links to events (with `permalinks`)
    copyLink: 'Copiar link',
    linkCopied: 'Link copiado.',
    copyFailed: 'Não foi possível copiar o link; ele está selecionado abaixo para copiar manualmente.',
    eventLink: ({ title }: { title: string }) => `Link para ${title}`,

    // Clusters
    merged: 'Eventos agrupados',
    badge: ({ count }: { count: number }) => `+${number(count)}`,
    cluster: ({ count, from, to }: { count: number; from: string; to: string }) =>
      `Mais ${number(count)} ${plural(count, { one: 'evento', many: 'de eventos', other: 'eventos' })}, ${range(from, to)}: ${plural(count, { one: 'mostrá-lo', many: 'mostrá-los', other: 'mostrá-los' })}`,

    // The live region
    showing: ({ from, to, visible, total }: { from: string; to: string; visible: number; total: number }) =>
      `Mostrando ${range(from, to)}, ${number(visible)} de ${number(total)} ${plural(total, { one: 'evento', many: 'de eventos', other: 'eventos' })}`,

    // Errors and credit
    loadFailed: ({ where, reason }: { where: string; reason: string }) => `Não foi possível carregar a linha do tempo de ${where}: ${reason}.`,
    serverAnswered: ({ status }: { status: number }) => `o servidor respondeu com o código ${status}`,
    timeLimit: ({ seconds }: { seconds: number }) =>
      `não chegou completa dentro do limite de ${number(seconds)} ${plural(seconds, { one: 'segundo', many: 'de segundos', other: 'segundos' })}`,
    networkFailed: 'a solicitação de rede falhou (sem conexão, bloqueada ou não permitida a partir desta página)',
    inlineData: 'O conteúdo incorporado da linha do tempo',
    timelineFile: ({ where }: { where: string }) => `O arquivo da linha do tempo ${where}`,
    notJson: ({ what, detail }: { what: string; detail: string }) => `${what} não é um JSON válido: ${detail}`,
    unusable: 'Não foi possível usar o documento da linha do tempo.',
    wholeDocument: '(documento)',
    moreProblems: ({ count }: { count: number }) =>
      `… e mais ${number(count)} ${plural(count, { one: 'problema', many: 'de problemas', other: 'problemas' })} (ver a propriedade {problems} do elemento).`,
    retry: 'Tentar novamente',
    source: 'Fonte:',
    printLink: ({ label, url }: { label: string; url: string }) => `${label}: ${url}`,

    // The media player (read only by the media file, news-timeline.media.js)
    mediaPlay: ({ site }: { site: string }) => `Reproduzir no ${site}`,
    mediaConsent: ({ site }: { site: string }) => `Ao reproduzir, o player do ${site} é carregado.`,
    mediaOpen: ({ site }: { site: string }) => `Abrir no ${site}`,
    mediaBlocked: ({ site }: { site: string }) => `Esta página não permite o player do ${site}.`,
    mediaFrame: ({ site, title }: { site: string; title: string }) => `Vídeo do ${site}: ${title}`,

    // The list of keys (read only by the keys file, news-timeline.keys.js)
    tabKey: 'Tab',
    tabAction: 'Navegar entre os botões e depois pelos eventos',
    arrowsAction: 'Evento anterior ou próximo',
    endsKeys: 'Home End',
    endsAction: 'Primeiro ou último evento',
    openKeys: 'Enter Espaço',
    openAction: 'Abrir o evento',
    closeKey: 'Esc',
    closeAction: 'Fechar o evento ou esta lista',
    zoomAction: 'Aumentar ou diminuir o zoom',
    showAllAction: 'Mostrar tudo',
    pageKeys: 'Page\u00A0Up Page\u00A0Down',
    pageAction: 'Antes ou depois',

    // Live updates (read only by news-timeline.live.js)
    liveNew: 'Novo',
    liveAdded: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'evento novo', many: 'de eventos novos', other: 'eventos novos' })}`,
    liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'evento atualizado', many: 'de eventos atualizados', other: 'eventos atualizados' })}`,
    liveRemoved: 'O evento aberto foi removido da linha do tempo.',
    liveRetry: ({ seconds }: { seconds: number }) => `Não foi possível atualizar. Nova tentativa em ${number(seconds)} ${plural(seconds, { one: 'segundo', many: 'de segundos', other: 'segundos' })}.`,
    livePause: 'Pausar atualizações',
    liveResume: 'Retomar atualizações',
    liveFailed: 'Não foi possível atualizar: não foi possível usar o novo documento da linha do tempo.',

    // Filter and search (read only by news-timeline.find.js)
    showFrom: 'Mostrar eventos de',
    eventsShown: ({ shown, total }: { shown: number; total: number }) =>
      `${number(shown)} de ${number(total)} ${plural(total, { one: 'evento exibido', many: 'de eventos exibidos', other: 'eventos exibidos' })}`,
    findLabel: 'Buscar na linha do tempo',
    matchCount: ({ count }: { count: number }) =>
      count === 0 ? 'Nenhum resultado' : `${number(count)} ${plural(count, { one: 'resultado', many: 'de resultados', other: 'resultados' })}`,
    matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
      `Resultado ${number(position)} de ${number(count)}: ${title}`,
  };
}

