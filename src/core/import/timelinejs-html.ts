// TimelineJS text is HTML; our documents hold plain text only. The patterns here are
// linear: a tag cannot hold "<", and lines are trimmed one by one, because `<[^>]*>` and
// `\s*\n\s*` scan to the end from every "<" or space and took 1.5 s on 40,000 of them.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', eacute: 'é', euro: '€', pound: '£',
};

/**
 * Code points a numeric reference must not produce: NUL and controls other than tab and
 * newline, surrogates (alone they are not text), noncharacters, and nothing past U+10FFFF.
 * HTML turns these into U+FFFD too, or calls them parse errors.
 */
function isUnfitCodePoint(code: number): boolean {
  return (
    !Number.isInteger(code) ||
    code > 0x10ffff ||
    (code < 0x20 && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    (code >= 0xfdd0 && code <= 0xfdef) ||
    (code & 0xfffe) === 0xfffe
  );
}

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return isUnfitCodePoint(code) ? '\uFFFD' : String.fromCodePoint(code);
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
}

/** A half of a surrogate pair with no other half: JSON text may hold one as `\ud800`. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Tags out, a few entities decoded, whitespace folded: our documents hold plain text only. */
export function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => decodeEntity(entity, name))
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[ \t]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
