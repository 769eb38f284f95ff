// @vitest-environment node
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { timestampSchema } from '../../features/content/contract/timestamp';
import { localTimestamp, timestampAt } from './localTimestamp';

const numRuns = Number(process.env.FC_RUNS ?? 200);
const instant = new Date('2026-12-01T08:15:30.250Z');

describe('timestampAt', () => {
  it.each([
    [0, '2026-12-01T08:15:30+00:00'],
    [9 * 60, '2026-12-01T17:15:30+09:00'],
    [5 * 60 + 45, '2026-12-01T14:00:30+05:45'],
    [-(3 * 60 + 30), '2026-12-01T04:45:30-03:30'],
    [-10 * 60, '2026-11-30T22:15:30-10:00'],
    [14 * 60, '2026-12-01T22:15:30+14:00'],
  ])('writes the offset %i minutes as ±HH:MM: %s', (offset, written) => {
    expect(timestampAt(instant, offset)).toBe(written);
  });

  it('writes a date-time the contract accepts, for the same instant to the second', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-02T00:00:00Z'),
          max: new Date('9999-12-30T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offset) => {
          const written = timestampAt(date, offset);
          return (
            v.is(timestampSchema, written) && Date.parse(written) === Math.floor(date.getTime() / 1000) * 1000
          );
        },
      ),
      { numRuns },
    );
  });
});

describe('localTimestamp', () => {
  it('names the same instant in this machine’s time zone', () => {
    const written = localTimestamp(instant);

    expect(written).toMatch(/[+-]\d{2}:\d{2}$/);
    expect(Date.parse(written)).toBe(Date.parse('2026-12-01T08:15:30Z'));
  });
});
