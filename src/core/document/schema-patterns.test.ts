import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { mediaKindOf } from './media-kinds.js';
import { isWebUrl } from './web-urls.js';

// schema.json states as patterns what the parser asks of Intl and new URL() (issue 14 F8):
// these tests hold each pattern to the browser's own judge, in every browser the suite runs.
// What a pattern cannot state is a parser-only rule, named in the schema's descriptions.

interface SchemaPart {
  readonly pattern: string;
  readonly description: string;
}

/** Fixed, so a failure found once is found again in every run and in CI. */
const SEED = 1414;

const schema = (await (await fetch(new URL('./schema.json', import.meta.url))).json()) as {
  readonly description: string;
  readonly properties: { readonly locale: SchemaPart };
  readonly $defs: { readonly webUrl: SchemaPart; readonly media: { readonly anyOf: { readonly properties: { readonly url: SchemaPart } }[] } };
};
const localePattern = new RegExp(schema.properties.locale.pattern, 'u');
const urlPattern = new RegExp(schema.$defs.webUrl.pattern, 'u');

function intlAccepts(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `tag` repeats a variant (of the language or of a transformed extension's) or an
 * extension letter, ignoring case: the one rule Intl applies that the pattern cannot state.
 */
function repeatsSubtag(tag: string): boolean {
  const singletons = new Set<string>();
  let variants = new Set<string>();
  let inVariants = true;
  for (const subtag of tag.toLowerCase().split('-').slice(1)) {
    if (subtag === 'x') break;
    if (subtag.length === 1) {
      if (singletons.has(subtag)) return true;
      singletons.add(subtag);
      // Only a transformed extension (t) holds a language with variants of its own.
      inVariants = subtag === 't';
      variants = new Set();
    } else if (inVariants && /^[a-z]\d$/.test(subtag)) {
      inVariants = false;
    } else if (inVariants && /^(?:[a-z0-9]{5,8}|\d[a-z0-9]{3})$/.test(subtag)) {
      if (variants.has(subtag)) return true;
      variants.add(subtag);
    }
  }
  return false;
}

describe('schema.json locale pattern', () => {
  it('rejects the malformed extensions Intl rejects: en-u-11, en-t-11', () => {
    for (const tag of ['en-u-11', 'en-t-11', 'en-u-a1', 'en-t-d0', 'en-a-1', 'en-x-abcdefghi', 'zh-yue-HK', 'root', 'x-private']) {
      expect(intlAccepts(tag), `Intl on ${tag}`).to.equal(false);
      expect(localePattern.test(tag), tag).to.equal(false);
    }
  });

  it('accepts what Intl accepts', () => {
    for (const tag of ['en', 'en-GB', 'ar', 'sr-Latn-RS', 'es-419', 'de-CH-1996', 'ja-JP-u-ca-japanese', 'en-u-abc-ca',
      'en-t-de-DE-1996-h0-hybrid', 'en-t-d0-abc', 'en-a-bbb-u-ca', 'en-x-a-b-a', 'EN-latn-gb']) {
      expect(intlAccepts(tag), `Intl on ${tag}`).to.equal(true);
      expect(localePattern.test(tag), tag).to.equal(true);
    }
  });

  it('leaves repeated variants and extension letters to the parser: de-DE-1901-1901, en-u-ca-gregory-u-nu-latn', () => {
    for (const tag of ['de-DE-1901-1901', 'en-u-ca-gregory-u-nu-latn', 'en-U-ca-gregory-u-nu-latn', 'en-a-bb-a-cc', 'en-t-de-1901-1901']) {
      expect(intlAccepts(tag), `Intl on ${tag}`).to.equal(false);
      expect(localePattern.test(tag), tag).to.equal(true);
      expect(repeatsSubtag(tag), tag).to.equal(true);
    }
    expect(schema.properties.locale.description).to.include('repeats a variant or an extension letter');
  });

  it('agrees with Intl on generated tags, but for repeated subtags', () => {
    const pieces = ['en', 'de', 'zh', 'abcde', 'e', 'abcd', 'Latn', 'GB', '419', '1901', '1996', 'u', 't', 'x', 'a', 'U',
      'ca', 'gregory', 'nu', 'latn', 'h0', 'hybrid', 'd0', 'abc', '11', '1a', 'a1', 'abcdefghi'];
    const subtag = fc.oneof(fc.constantFrom(...pieces), fc.stringMatching(/^[A-Za-z0-9]{1,9}$/));
    const tag = fc.array(subtag, { minLength: 1, maxLength: 7 }).map((subtags) => subtags.join('-'));
    fc.assert(
      fc.property(tag, (text) => {
        const pattern = localePattern.test(text);
        const intl = intlAccepts(text);
        return pattern === intl || (pattern && !intl && repeatsSubtag(text));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
});

describe('schema.json webUrl pattern', () => {
  it('rejects the addresses new URL() rejects for their shape: https://, http://%zz, https://exa mple.com, http://[::1, https://a%00b/', () => {
    for (const url of ['https://', 'http://%zz', 'https://exa mple.com', 'http://[::1', 'https://a%00b/', 'https://user@',
      'https://a:99999', 'https://a:1x', 'https://[::1]x', 'https://a^b', 'https://a%25b', 'javascript:alert(1)', ' https://a.example']) {
      expect(isWebUrl(url), `the parser on ${url}`).to.equal(false);
      expect(urlPattern.test(url), url).to.equal(false);
    }
  });

  it('accepts what the parser accepts', () => {
    for (const url of ['https://www.independent.co.uk/news/world/africa/isis-libya-retreat-zone-a6757801.html', 'http://example.org',
      'https://a%41b/', 'https://%C3%A9.example/', 'https://[::1]:8080/x', 'https://a:065535', 'https://user:pass@example.org',
      'https:///example.org', 'https://a\\b', 'https://example.org/a b?c d#e f', 'https://example.org ', 'https://exa\tmple.org']) {
      expect(isWebUrl(url), `the parser on ${url}`).to.equal(true);
      expect(urlPattern.test(url), url).to.equal(true);
    }
  });

  it('leaves the URL parser\'s other host rules to the parser: IPv4 numbers, international names', () => {
    for (const url of ['https://1.2.3.256/', 'http://0x100000000/', 'https://%C3/', 'https://a\u00a0b/']) {
      expect(isWebUrl(url), `the parser on ${url}`).to.equal(false);
      expect(urlPattern.test(url), url).to.equal(true);
    }
    expect(schema.$defs.webUrl.description).to.include('new URL()');
  });

  it('never rejects a generated address the parser accepts', () => {
    const host = ['a', 'example', '.', 'com', '%41', '%2e', '%zz', '%00', '%C3%A9', ' ', '[', '::1', ']', 'é', 'xn--a', '1', '256',
      ':', '@', 'user', '#', '?', '/', '\\', '^', '|', '<', '"', '{', '-', '_', '~', '!', '$', '&', '(', '*', '+', ',', ';', '=', 'ß'];
    const url = fc.tuple(
      fc.constantFrom('https://', 'http://', 'https:///', 'https://user@', 'https://u:p@'),
      fc.array(fc.constantFrom(...host), { minLength: 1, maxLength: 5 }),
      fc.option(fc.constantFrom(':', ':80', ':065535', ':65536', ':1x')),
      fc.option(fc.constantFrom('/', '/a b', '?q=1', '#f', '\\x', '/%zz', ' ')),
    ).map(([start, parts, port, rest]) => `${start}${parts.join('')}${port ?? ''}${rest ?? ''}`);
    fc.assert(fc.property(url, (text) => !isWebUrl(text) || urlPattern.test(text)), { seed: SEED, numRuns: 3000 });
  });
});

describe('schema.json media pattern', () => {
  // The third way a media object may go without alt: no type, and an address the parser reads as no picture.
  const nonPicture = new RegExp(schema.$defs.media.anyOf[2].properties.url.pattern, 'u');

  it('agrees with mediaKindOf on generated addresses: player sites, file extensions in any case, queries', () => {
    const url = fc.tuple(
      fc.constantFrom('https://', 'http://'),
      fc.constantFrom('youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'YouTube.com', 'vimeo.com',
        'player.vimeo.com', 'www.vimeo.com', 'notvimeo.com', 'youtube.com.example', 'example.org'),
      fc.constantFrom('/', '/watch', '/v/clip', '/a.b/clip', ''),
      fc.option(fc.constantFrom('.mp4', '.MP4', '.Mp4', '.webm', '.mov', '.mp3', '.OGG', '.flac', '.jpg', '.mp4x', '.')),
      fc.option(fc.constantFrom('?v=1', '?f=a.mp4', '#t=5', '?a#b.mp3')),
    ).map((parts) => parts.map((part) => part ?? '').join(''));
    fc.assert(fc.property(url, (text) => nonPicture.test(text) === (mediaKindOf(text) !== 'image')), { seed: SEED, numRuns: 3000 });
  });
});

describe('schema.json description', () => {
  it('names every rule the parser enforces beyond the schema', () => {
    for (const rule of ['event ids are unique', 'group ids are unique', "group names one of the groups", 'end does not come before',
      'repeats no variant', 'new URL()', 'captions belong only to media that is a video or audio file']) {
      expect(schema.description).to.include(rule);
    }
  });
});
