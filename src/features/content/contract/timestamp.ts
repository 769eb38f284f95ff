import * as v from 'valibot';

/**
 * The date-time form the contract accepts: what every browser's `Date.parse`
 * reads the same way. Seconds and their fraction are optional; the offset is
 * `Z` or `±HH:MM`, never bare hours (`+09`), which some engines misread.
 */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Real time zones run from UTC−12:00 to UTC+14:00; ISO 8601 allows nothing wider. */
const MAX_OFFSET_MINUTES = 14 * 60;
/** Four-digit years in UTC too, so feeds, sitemaps and JSON-LD can write the instant. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years below 100 literal.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** A calendar date that exists, a time of day, and an offset within ±14:00. */
export function isRealTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  // Groups the pattern leaves out (seconds, a `Z` offset) count as 0.
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] =
    match.slice(1).map((part: string | undefined) => Number(part ?? 0));
  if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > MAX_OFFSET_MINUTES) return false;
  const instant = Date.parse(value);
  if (!Number.isFinite(instant)) return false;
  const utcYear = new Date(instant).getUTCFullYear();
  return utcYear >= FIRST_YEAR && utcYear <= LAST_YEAR;
}

export const timestampSchema = v.config(
  v.pipe(
    v.string(),
    v.regex(TIMESTAMP, 'expected an ISO 8601 date-time with offset, e.g. 2026-11-28T09:30:00+09:00'),
    v.check(
      isRealTimestamp,
      'expected a date that exists, a time of day and an offset from -14:00 to +14:00',
    ),
  ),
  // One message a value: the first step that fails says what was expected.
  { abortPipeEarly: true },
);
