/** A noun's singular and plural, as the interface writes them. */
export type NounForms = { one: string; other: string };

// The interface's words are English, so English rules pick their form: the
// site's own rules would have a Korean site say "1 articles" and a French one
// "0 article". The number itself is written the site's way ("1,234" or "1.234").
const englishRules = new Intl.PluralRules('en');

/** "1 article", "2 articles", "1,234 articles": a count with its noun in the right form. */
export function formatCount(count: number, forms: NounForms, locale: string): string {
  const noun = englishRules.select(count) === 'one' ? forms.one : forms.other;
  return `${new Intl.NumberFormat(locale).format(count)} ${noun}`;
}
