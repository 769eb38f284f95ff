import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatRelative } from './dates';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const before = (milliseconds: number) => new Date(NOW - milliseconds).toISOString();

// 11:30 UTC falls on 28 November in every time zone from UTC−11 to UTC+12.
const INSTANT = '2026-11-28T11:30:00Z';

describe('formatRelative', () => {
  it.each<[string, number, string | null]>([
    ['at the same moment', 0, 'now'],
    ['30 seconds old', 30 * SECOND, 'now'],
    ['59 seconds old', 59 * SECOND, 'now'],
    ['exactly a minute old', MINUTE, '1 minute ago'],
    ['5½ minutes old', 5 * MINUTE + 30 * SECOND, '5 minutes ago'],
    ['59 minutes old', 59 * MINUTE + 59 * SECOND, '59 minutes ago'],
    ['exactly an hour old', HOUR, '1 hour ago'],
    ['3 hours 40 minutes old', 3 * HOUR + 40 * MINUTE, '3 hours ago'],
    ['just under a day old', 24 * HOUR - SECOND, '23 hours ago'],
    ['exactly a day old', 24 * HOUR, null],
    ['three days old', 72 * HOUR, null],
    ['a second in the future', -SECOND, null],
    ['an hour in the future', -HOUR, null],
  ])('formats a time %s as %j', (_, age, expected) => {
    expect(formatRelative(before(age), 'en-GB', NOW)).toBe(expected);
  });

  it.each([
    ['de-DE', 'vor 5 Minuten'],
    ['ko-KR', '5분 전'],
    ['fr-FR', 'il y a 5 minutes'],
  ])('words the age in the language of %s', (locale, expected) => {
    expect(formatRelative(before(5 * MINUTE), locale, NOW)).toBe(expected);
  });

  it('compares instants, whatever the offset the time is written in', () => {
    expect(formatRelative('2026-11-28T20:00:00+09:00', 'en-GB', NOW)).toBe('1 hour ago');
  });
});

describe('formatDateTime', () => {
  it.each([
    ['en-GB', '28 Nov 2026'],
    ['en-US', 'Nov 28, 2026'],
    ['de-DE', '28. Nov. 2026'],
    ['ko-KR', '2026년 11월 28일'],
  ])('writes the date the way %s does', (locale, date) => {
    expect(formatDateTime(INSTANT, locale)).toContain(date);
  });

  it('names the zone it is given', () => {
    expect(formatDateTime(INSTANT, 'en-GB', 'UTC')).toBe('28 Nov 2026, 11:30 UTC');
    expect(formatDateTime(INSTANT, 'en-GB', 'Asia/Seoul')).toBe('28 Nov 2026, 20:30 GMT+9');
  });

  it('names the reader’s own zone when given none', () => {
    const zone = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' })
      .formatToParts(new Date(INSTANT))
      .find((part) => part.type === 'timeZoneName')?.value;

    expect(zone).toBeTruthy();
    expect(formatDateTime(INSTANT, 'en-GB').endsWith(` ${zone ?? 'no zone'}`)).toBe(true);
  });
});

describe('formatDate', () => {
  it.each([
    ['en-GB', '28 Nov 2026'],
    ['en-US', 'Nov 28, 2026'],
    ['de-DE', '28.11.2026'],
  ])('writes the medium date the way %s does', (locale, expected) => {
    expect(formatDate(INSTANT, locale)).toBe(expected);
  });
});
