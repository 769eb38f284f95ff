import { useLocation } from 'react-router';
import { Link } from '@/ui/Link';
import { siteHref } from '@/lib/basePath';

type Props = { onIntent?: () => void };

/**
 * The header's way to search: a plain link, so it costs the page almost
 * nothing and works before the script has run. Its focus or pointer warms
 * the search page's code and index.
 */
export function SearchLink({ onIntent }: Props) {
  const { pathname } = useLocation();
  return (
    <Link
      to="/search"
      state={{ focusSearch: true }}
      aria-current={pathname === '/search' ? 'page' : undefined}
      onFocus={onIntent}
      onPointerEnter={onIntent}
      className="inline-flex min-h-11 items-center gap-1 rounded px-2 font-sans text-control hover:text-accent aria-[current=page]:text-accent"
    >
      <svg aria-hidden="true" className="size-4">
        <use href={siteHref('/icons.svg#search')} />
      </svg>
      Search
    </Link>
  );
}
