import { describe, expect, it } from 'vitest';
import { isRealTimestamp } from './timestamp';

describe('isRealTimestamp', () => {
  it.each([
    '2026-11-28T09:30:00+09:00',
    '2026-11-28T09:30+09:00',
    '2026-11-28T09:30:00Z',
    '2026-11-28T09:30:00.5Z',
    '2026-11-28T09:30:00.123456789-05:00',
    '2028-02-29T12:00:00Z',
    '2000-02-29T00:00:00+14:00',
    '2026-06-30T23:59:59-14:00',
    '1000-01-01T12:00:00Z',
  ])('accepts %s', (value) => {
    expect(isRealTimestamp(value)).toBe(true);
  });

  it.each([
    ['an offset of bare hours', '2026-11-28T09:30:00+09'],
    ['an offset past +14:00', '2026-11-28T09:30:00+23:00'],
    ['an offset past -14:00', '2026-11-28T09:30:00-14:30'],
    ['an offset with 60 minutes', '2026-11-28T09:30:00+05:60'],
    ['30 February', '2026-02-30T00:00:00Z'],
    ['29 February of a common year', '2026-02-29T00:00:00Z'],
    ['29 February of 1900', '1900-02-29T00:00:00Z'],
    ['month 13', '2026-13-01T00:00:00Z'],
    ['day 0', '2026-01-00T00:00:00Z'],
    ['hour 24', '2026-01-01T24:00:00Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['no offset', '2026-11-28T09:30:00'],
    ['a date alone', '2026-11-28'],
    ['a space for the T', '2026-11-28 09:30:00Z'],
    ['a year before 1000', '0999-12-31T12:00:00Z'],
    ['an instant that is year 999 in UTC', '1000-01-01T00:30:00+01:00'],
    ['an instant that is year 10000 in UTC', '9999-12-31T23:30:00-01:00'],
    ['an expanded year', '+002026-11-28T09:30:00Z'],
  ])('refuses %s', (_name, value) => {
    expect(isRealTimestamp(value)).toBe(false);
  });
});
