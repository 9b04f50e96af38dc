import { expect, waitUntil } from '@open-wc/testing';
import { en } from './en.js';
import type { Language, LanguageTable, Strings } from './localize.js';
import { findEn } from './find.js';
import { keysEn } from './keys.js';
import { liveEn } from './live.js';
import { mediaEn } from './media.js';
import { countingFor } from './plural.js';
import { LANGUAGES, languageOf, stringsOf } from '../languages.js';
import arTable from './languages/ar.js';
import csTable from './languages/cs.js';
import daTable from './languages/da.js';
import deTable from './languages/de.js';
import elTable from './languages/el.js';
import esTable from './languages/es.js';
import faTable from './languages/fa.js';
import fiTable from './languages/fi.js';
import frTable from './languages/fr.js';
import heTable from './languages/he.js';
import hiTable from './languages/hi.js';
import idTable from './languages/id.js';
import itTable from './languages/it.js';
import jaTable from './languages/ja.js';
import koTable from './languages/ko.js';
import nbTable from './languages/nb.js';
import nlTable from './languages/nl.js';
import plTable from './languages/pl.js';
import ptTable from './languages/pt.js';
import ptPTTable from './languages/pt-PT.js';
import ruTable from './languages/ru.js';
import svTable from './languages/sv.js';
import trTable from './languages/tr.js';
import ukTable from './languages/uk.js';
import zhHansTable from './languages/zh-Hans.js';
import zhHantTable from './languages/zh-Hant.js';

// Issue 17: every shipped language translates the English table key for key, uses every
// value a message is given, and counts with its own plural forms and digits. Issue 19: the
// media player's strings (media.ts) too, after the others; then the key list's (keys.ts); issue 22:
// live updates' (live.ts), then the filter row's (find.ts) last.

/** Every key a shipped language has, in order: the element's, the media player's, the key list's, live updates', the filter row's. */
const ENGLISH = { ...en, ...mediaEn, ...keysEn, ...liveEn, ...findEn };

const LANGUAGE_FILES: Record<string, Language> = {
  'ar': arTable,
  'cs': csTable,
  'da': daTable,
  'de': deTable,
  'el': elTable,
  'es': esTable,
  'fa': faTable,
  'fi': fiTable,
  'fr': frTable,
  'he': heTable,
  'hi': hiTable,
  'id': idTable,
  'it': itTable,
  'ja': jaTable,
  'ko': koTable,
  'nb': nbTable,
  'nl': nlTable,
  'pl': plTable,
  'pt': ptTable,
  'pt-PT': ptPTTable,
  'ru': ruTable,
  'sv': svTable,
  'tr': trTable,
  'uk': ukTable,
  'zh-Hans': zhHansTable,
  'zh-Hant': zhHantTable,
};

const TABLES: Record<string, LanguageTable> = Object.fromEntries(
  Object.entries(LANGUAGE_FILES).map(([tag, language]) => [tag, language(countingFor(tag))]),
);

/** Marker values: text placeholders must show up in the message; numbers are checked as formatted. */
const VALUES: Record<string, string | number> = {
  span: '⟦span⟧', label: '⟦label⟧', key: '⟦key⟧', title: '⟦title⟧', from: '⟦from⟧', to: '⟦to⟧',
  date: '⟦date⟧', where: '⟦where⟧', reason: '⟦reason⟧', what: '⟦what⟧', detail: '⟦detail⟧', url: '⟦url⟧', site: '⟦site⟧',
  count: 12_345, visible: 1_234, total: 12_345, seconds: 2.5, status: 404, shown: 1_234, position: 1_234,
};

/** The names of the values English's message `key` takes: its destructured parameter. */
function parametersOf(key: keyof typeof ENGLISH): string[] {
  const source = String(ENGLISH[key]);
  return [...source.slice(source.indexOf('{'), source.indexOf('}')).matchAll(/\w+/g)].map((match) => match[0]);
}

describe('interface languages', () => {
  it('the shipped list is exactly the language files', () => {
    expect([...LANGUAGES].sort()).to.deep.equal(Object.keys(TABLES).sort());
  });

  for (const [tag, table] of Object.entries(TABLES)) {
    it(`${tag} has the English and media keys, a text or a message where English has one, and uses every value`, () => {
      expect(Object.keys(table)).to.deep.equal(Object.keys(ENGLISH));
      const number = new Intl.NumberFormat(tag);
      for (const key of Object.keys(ENGLISH) as Array<keyof typeof ENGLISH>) {
        const english = ENGLISH[key];
        const message = table[key] as unknown;
        expect(typeof message, `${tag}.${key}`).to.equal(typeof english);
        if (typeof message === 'string') {
          expect(message.trim(), `${tag}.${key}`).to.not.equal('');
          continue;
        }
        const names = parametersOf(key);
        const text = (message as (values: object) => string)(Object.fromEntries(names.map((name) => [name, VALUES[name]])));
        for (const name of names) {
          const value = VALUES[name];
          const shown = typeof value === 'string' ? value : name === 'status' ? String(value) : number.format(value);
          expect(text, `${tag}.${key} shows {${name}}`).to.contain(shown);
        }
      }
      expect(table.moreProblems({ count: 2 }), `${tag}.moreProblems keeps {problems}`).to.contain('{problems}');
    });
  }

  // The noun after a count, digits aside: one form per plural category the language has.
  const forms = (table: Strings, counts: number[]) =>
    new Set(counts.map((count) => table.eventsHere({ count }).replace(/[\d\u0660-\u0669\u06f0-\u06f9.,\u066b\u066c\s]/g, '')));

  it('Arabic counts 0, 1, 2, 5, 11 and 100 with six forms', () => {
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories).to.have.length(6);
    expect(forms(TABLES.ar, [0, 1, 2, 5, 11, 100]).size).to.be.at.least(5);
  });

  it('Russian and Polish count 1, 2, 5 and 11 with their one, few and many forms; Japanese with one', () => {
    expect(forms(TABLES.ru, [1, 2, 5]).size).to.equal(3);
    expect(forms(TABLES.ru, [5, 11, 100]).size).to.equal(1);
    expect(forms(TABLES.pl, [1, 2, 5]).size).to.equal(3);
    expect(forms(TABLES.ja, [0, 1, 2, 5, 11, 100]).size).to.equal(1);
  });

  it('languageOf maps a locale to its shipped file: script, region, then language; English otherwise', () => {
    const cases: Array<[string, string]> = [
      ['de-AT', 'de'], ['pt-BR', 'pt'], ['pt', 'pt'], ['pt-PT', 'pt-PT'], ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'],
      ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['no', 'nb'], ['nb-NO', 'nb'], ['ar-EG', 'ar'], ['en-GB', 'en'],
      ['sw', 'en'], ['iw', 'he'],
    ];
    for (const [locale, file] of cases) expect(languageOf(locale), locale).to.equal(file);
  });

  it('stringsOf fetches a language once, calls back when it is in, and leaves English for one that fails', async () => {
    const arrivals: string[] = [];
    expect(stringsOf('en', () => arrivals.push('en'))).to.equal(en);
    expect(stringsOf('de', () => arrivals.push('de'))).to.equal(undefined);
    expect(stringsOf('no-such-language', () => arrivals.push('none'))).to.equal(undefined);
    await waitUntil(() => arrivals.length === 2, 'both language files answered', { timeout: 5000 });
    expect(arrivals.sort()).to.deep.equal(['de', 'none']);
    const german = stringsOf('de', () => arrivals.push('again'))!;
    expect([german.zoomIn, german.eventsHere({ count: 3 })]).to.deep.equal([TABLES.de.zoomIn, TABLES.de.eventsHere({ count: 3 })]);
    expect(stringsOf('no-such-language', () => arrivals.push('again'))).to.equal(en);
  });
});
