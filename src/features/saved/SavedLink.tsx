import { useLocation } from 'react-router';
import { Link } from '@/ui/Link';
import { useSavedState } from '@/features/reader-state/useReaderState';
import { formatCount } from '@/lib/plural';

type Props = { locale: string };

/** The header's way to the saved list, with how many articles it holds. */
export function SavedLink({ locale }: Props) {
  const { pathname } = useLocation();
  const count = useSavedState().data.entries.length;
  return (
    <Link
      to="/saved"
      aria-current={pathname === '/saved' ? 'page' : undefined}
      // Read as "Saved, 1 article": the badge shows the number, the name says what it counts.
      aria-label={
        count > 0 ? `Saved, ${formatCount(count, { one: 'article', other: 'articles' }, locale)}` : undefined
      }
      className="inline-flex min-h-11 items-center gap-1 rounded px-2 font-sans text-control hover:text-accent aria-[current=page]:text-accent"
    >
      Saved
      {count > 0 && <span className="rounded-full bg-ink px-1.5 text-meta text-paper">{count}</span>}
    </Link>
  );
}
