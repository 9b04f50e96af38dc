// Hands text to the reader as a file, made in the browser: nothing is uploaded or stored.

/** Saves `text` as a file called `name`. */
export function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  // After the click has started the download; revoking at once can cancel it in some engines.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
