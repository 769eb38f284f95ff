import * as v from 'valibot';

/** The canonical form of a BCP 47 tag that `Intl` can format dates in, or null. */
export function canonicalLanguageTag(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical === undefined) return null;
    // Structurally valid is not enough: dates in this language must format.
    new Intl.DateTimeFormat(canonical, { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(0);
    return canonical;
  } catch {
    return null;
  }
}

/** A language and optional script, region and variants, e.g. `en-GB`; stored in its canonical form. */
export const languageTagSchema = v.config(
  v.pipe(
    v.string(),
    v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as en-GB'),
    v.check((tag) => canonicalLanguageTag(tag) !== null, 'expected a BCP 47 language tag such as en-GB'),
    v.transform((tag) => canonicalLanguageTag(tag) ?? tag),
  ),
  // One message a value: the first step that fails says what was expected.
  { abortPipeEarly: true },
);
