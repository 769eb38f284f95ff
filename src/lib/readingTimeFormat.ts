// One formatter per locale: a listing formats dozens of reading times.
const minuteFormats = new Map<string, Intl.NumberFormat>();

/** "6 min read": the unit as the site's language writes it. */
export function formatReadingTime(minutes: number, locale: string): string {
  let format = minuteFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
    minuteFormats.set(locale, format);
  }
  return `${format.format(minutes)} read`;
}
