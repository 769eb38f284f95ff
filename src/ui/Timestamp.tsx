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
 * A `<time>` that reads "3 hours ago" when recent and a full date otherwise;
 * the full date is always in its title. Prerendered HTML shows the date in UTC
 * (the build's clock and zone are not the reader's); once hydrated, the
 * reader's own zone and clock take over.
 */
export function Timestamp({ dateTime, locale, precision = 'minute', className }: Props) {
  const now = useNow();
  const isHydrated = useIsHydrated();
  const timeZone = isHydrated ? undefined : 'UTC';
  const full = formatDateTime(dateTime, locale, timeZone);
  const absolute = precision === 'day' ? formatDate(dateTime, locale, timeZone) : full;
  const text = isHydrated ? (formatRelative(dateTime, locale, now) ?? absolute) : absolute;
  return (
    <time dateTime={dateTime} title={full} className={className}>
      {text}
    </time>
  );
}
