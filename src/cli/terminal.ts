// Text from a document reaches the user's terminal: a date of "\u001b]0;PWNED\u0007" would
// retitle it and "\u001b[2J" clear it. Everything the command line prints goes through here.

// C0 (newline and tab too: one problem stays one line), DEL, C1 (U+009B is a CSI on its own),
// the line and paragraph separators, and the bidi embeddings, overrides and isolates that
// can make a message read backwards.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// JSON.stringify escapes C0 itself; these remain raw in its output.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `text` fit for one line of a terminal: control and bidi characters written as visible
 * escapes (`\u001b`), and at most `maxLength` characters of it, so that no value, however
 * large, floods the screen.
 */
export function terminalSafe(text: string, maxLength: number): string {
  let short = text;
  if (text.length > maxLength) {
    // Never half a surrogate pair.
    const last = text.charCodeAt(maxLength - 1);
    const end = last >= 0xd800 && last <= 0xdbff ? maxLength - 1 : maxLength;
    short = `${text.slice(0, end)}… (${text.length - end} more characters)`;
  }
  return short.replace(UNSAFE_IN_TERMINAL, (char) => SHORT_ESCAPES[char] ?? unicodeEscape(char));
}

/** JSON text from `JSON.stringify` with DEL, C1 and bidi controls escaped too: the same JSON value. */
export function jsonSafe(json: string): string {
  // Outside strings JSON text is plain ASCII, so every match is inside a string, where `\u00xx` means the same.
  return json.replace(UNSAFE_IN_JSON, unicodeEscape);
}
