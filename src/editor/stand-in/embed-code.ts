// Stand-in for src/core/authoring/embed-code.ts (issue 20's contract) until it lands: the
// HTML block and iframe snippet the page gives out, every text escaped.

export interface EmbedSettings {
  readonly title?: string;
  readonly description?: string;
  readonly credit?: { readonly name: string; readonly url?: string };
  readonly locale?: string;
  readonly orientation?: 'auto' | 'horizontal' | 'vertical';
  readonly accent?: string;
  readonly start?: string;
  readonly end?: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The document with the settings that belong in it. */
export function withSettings(document: Record<string, unknown>, settings: EmbedSettings): Record<string, unknown> {
  const result: Record<string, unknown> = { ...document };
  if (settings.title) result.title = settings.title;
  if (settings.description) result.description = settings.description;
  if (settings.credit?.name) result.source = settings.credit.url ? { ...settings.credit } : { name: settings.credit.name };
  if (settings.locale) result.locale = settings.locale;
  return result;
}

/** The HTML block: module script, the element with inline JSON, a plain fallback list. */
export function embedHtml(document: Record<string, unknown>, settings: EmbedSettings, options: { readonly bundleUrl: string }): string {
  const full = withSettings(document, settings);
  // "<" as \u003c: the JSON can never close its script element.
  const json = JSON.stringify(full, null, 2).replace(/</g, '\\u003c');
  const attributes = [
    settings.orientation && settings.orientation !== 'auto' ? ` orientation="${escapeHtml(settings.orientation)}"` : '',
    settings.start ? ` start="${escapeHtml(settings.start)}"` : '',
    settings.end ? ` end="${escapeHtml(settings.end)}"` : '',
    settings.accent ? ` style="--news-timeline-accent: ${escapeHtml(settings.accent)}"` : '',
  ].join('');
  const events = Array.isArray(full.events) ? (full.events as Record<string, unknown>[]) : [];
  const items = events
    .filter((event) => typeof event.date === 'string' && typeof event.title === 'string')
    .map((event) => `    <li><time datetime="${escapeHtml(event.date as string)}">${escapeHtml(event.date as string)}</time> — ${escapeHtml(event.title as string)}</li>`);
  return [
    `<script type="module" src="${escapeHtml(options.bundleUrl)}"></script>`,
    `<news-timeline${attributes}>`,
    `  <script type="application/json">${json}</script>`,
    '  <ol>',
    ...items,
    '  </ol>',
    '</news-timeline>',
  ].join('\n');
}

/** The iframe snippet for demo/embed.html, plus the parent script line. */
export function iframeSnippet(options: { readonly embedUrl: string; readonly documentUrl: string; readonly parentScriptUrl: string; readonly title: string }): string {
  const src = `${options.embedUrl}?src=${encodeURIComponent(options.documentUrl)}&id=timeline`;
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(options.title)}" width="100%" height="400" style="border:0"></iframe>`,
    `<script src="${escapeHtml(options.parentScriptUrl)}"></script>`,
  ].join('\n');
}
