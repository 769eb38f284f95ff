import { formatDateTime, formatRelative } from '@/lib/dates';
import { useNow } from './useNow';

type Props = { dateTime: string; locale: string; className?: string };

/** A `<time>` that reads "3 hours ago" when recent and a full date otherwise; the full date is always in its title. */
export function Timestamp({ dateTime, locale, className }: Props) {
  const now = useNow();
  const full = formatDateTime(dateTime, locale);
  return (
    <time dateTime={dateTime} title={full} className={className}>
      {formatRelative(dateTime, locale, now) ?? full}
    </time>
  );
}
