import { formatDate, formatDateTime, formatRelative } from '@/lib/dates';
import { useIsHydrated } from './useIsHydrated';
import { useNow } from './useNow';

type Props = {
  dateTime: string;
  locale: string;
  /** 'day' shows just the date when not recent: short enough for a card, never wrapping its line. */
  precision?: 'minute' | 'day';
  className?: string;
};

/**
 * A `<time>` that says when, with its zone named: prerendered HTML shows the
 * time in UTC (the build's clock and zone are not the reader's); once
 * hydrated, the reader's own zone and clock take over, and a recent time
 * reads "3 hours ago" too. The full date is always in the text, never only
 * in a hover title a touch screen or a screen reader may never show: beside
 * the relative time at minute precision ("3 hours ago · 28 Nov 2026, 20:30
 * GMT+9"), and for screen readers alone on a card, where the line has no
 * room and the article it opens shows it.
 */
export function Timestamp({ dateTime, locale, precision = 'minute', className }: Props) {
  const now = useNow();
  const isHydrated = useIsHydrated();
  const timeZone = isHydrated ? undefined : 'UTC';
  const full = formatDateTime(dateTime, locale, timeZone);
  const relative = isHydrated ? formatRelative(dateTime, locale, now) : null;
  const isDay = precision === 'day';
  return (
    <time dateTime={dateTime} className={className}>
      {isDay
        ? (relative ?? formatDate(dateTime, locale, timeZone))
        : relative
          ? `${relative} · ${full}`
          : full}
      {isDay && relative && <span className="sr-only">, {full}</span>}
    </time>
  );
}
