// A published Google Sheet, fetched straight from this browser: its CSV address, and what to
// tell the producer when the browser cannot reach it (offline, blocked, not published).

/** The CSV address for `text`: a published link as it is, an edit link as its CSV export; undefined when not a web address. */
export function sheetUrl(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // An edit link (/spreadsheets/d/<id>/edit) exports as CSV when the sheet is shared publicly.
  const edit = /^\/spreadsheets\/d\/([\w-]+)\/(edit|view)/.exec(url.pathname);
  if (url.hostname === 'docs.google.com' && edit) return `https://docs.google.com/spreadsheets/d/${edit[1]}/export?format=csv`;
  return url.href;
}

/** What went wrong fetching a sheet, and how to paste it instead. */
export function sheetFetchFailure(error: unknown): string {
  const reason = error instanceof Error && /answered/.test(error.message) ? error.message : 'the browser could not reach it (offline, or the site does not allow it)';
  return `The sheet could not be fetched: ${reason}. Instead, in Google Sheets choose File → Download → Comma-separated values, then open that file here, or select all cells, copy and paste them into the text area.`;
}
