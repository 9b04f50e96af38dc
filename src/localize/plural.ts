/** The forms of a message by plural category; `other` is required, as CLDR guarantees it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * A chooser of plural forms for one language, its `Intl.PluralRules` made on first use. Each
 * table makes its own, so timelines in different languages on one page never share a locale.
 */
export function pluralsFor(lang: string): (count: number, forms: PluralForms) => string {
  let rules: Intl.PluralRules | undefined;
  return (count, forms) => forms[(rules ??= new Intl.PluralRules(lang)).select(count)] ?? forms.other;
}

/**
 * A number formatter for one language, its `Intl.NumberFormat` made on first use: "1,000" in
 * English, "1.000" in German, "١٬٠٠٠" in Arabic.
 */
export function numbersFor(lang: string): (value: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (value) => (format ??= new Intl.NumberFormat(lang)).format(value);
}

/** How a language counts: its plural forms (`Intl.PluralRules`) and digits (`Intl.NumberFormat`). */
export interface Counting {
  readonly plural: (count: number, forms: PluralForms) => string;
  readonly number: (value: number) => string;
}

/** How `lang` counts, for its language file. */
export function countingFor(lang: string): Counting {
  return { plural: pluralsFor(lang), number: numbersFor(lang) };
}
