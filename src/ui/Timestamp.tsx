import { formatDateTime, formatRelative } from '@/lib/dates';
import { useIsHydrated } from './useIsHydrated';
import { useNow } from './useNow';

type Props = { dateTime: string; locale: string; className?: string };

/**
 * A `<time>` that reads "3 hours ago" when recent and a full date otherwise;
 * the full date is always in its title. Prerendered HTML shows the date in UTC
 * (the build's clock and zone are not the reader's); once hydrated, the
 * reader's own zone and clock take over.
 */
export function Timestamp({ dateTime, locale, className }: Props) {
  const now = useNow();
  const isHydrated = useIsHydrated();
  const timeZone = isHydrated ? undefined : 'UTC';
  const full = formatDateTime(dateTime, locale, timeZone);
  const text = isHydrated ? (formatRelative(dateTime, locale, now) ?? full) : full;
  return (
    <time dateTime={dateTime} title={full} className={className}>
      {text}
    </time>
  );
}
