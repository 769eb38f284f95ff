const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Within this age a time reads as "3 hours ago"; older ones read as a date. */
export const RELATIVE_TIME_LIMIT = DAY;

// Building a formatter costs far more than using one (a listing formats dozens of dates), so each is made once.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

/**
 * A date and time with its zone named, "28 Nov 2026, 20:30 GMT+9": in the
 * reader's zone unless `timeZone` names another ("UTC" in prerendered HTML).
 * A time without its zone would read as the reader's own when it is not.
 */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return dateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(iso));
}

/** A date without the time, e.g. "29 Nov 2026"; in the reader's zone unless `timeZone` names one. */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = timeZone
    ? { dateStyle: 'medium', timeZone }
    : { dateStyle: 'medium' };
  return dateTimeFormat(locale, options).format(new Date(iso));
}

/** "5 minutes ago" for recent times, null when the time is older than a day or in the future. */
export function formatRelative(iso: string, locale: string, now: number): string | null {
  const age = now - Date.parse(iso);
  if (age < 0 || age >= RELATIVE_TIME_LIMIT) return null;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (age < MINUTE) return format.format(0, 'second');
  if (age < HOUR) return format.format(-Math.floor(age / MINUTE), 'minute');
  return format.format(-Math.floor(age / HOUR), 'hour');
}
