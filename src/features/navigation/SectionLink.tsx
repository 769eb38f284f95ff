import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { Link } from '@/ui/Link';
import { sectionPageQuery } from '@/features/content/contentQueries';
import type { SectionNode } from '@/features/content/contract/sectionTree';
import { usePrefetchOnIntent } from '@/features/content/usePrefetchOnIntent';
import { sectionPlace, type PagePath } from './sectionPlace';

type Props = {
  section: SectionNode;
  className: (state: { isCurrent: boolean; isWithin: boolean }) => string;
  children?: ReactNode;
  /** The page to mark the link against; the router's location unless given. */
  pagePath?: PagePath;
};

/**
 * A link to a section that knows whether the reader is on it or somewhere
 * inside it, and warms its first page on intent. Screen readers hear
 * "current page" on the section's own page and "current" on a section the
 * page lies in (News on an article in Koreas), as the visual marker shows.
 */
export function SectionLink({ section, className, children, pagePath }: Props) {
  const { pathname } = useLocation();
  const place = sectionPlace(pagePath === undefined ? pathname : pagePath, section.path);
  const prefetchHandlers = usePrefetchOnIntent(
    (queryClient) => [queryClient.query(sectionPageQuery(section.id, 1))],
    'section',
  );
  return (
    <Link
      to={section.path}
      aria-current={place === 'page' ? 'page' : place === 'inside' ? 'true' : undefined}
      className={className({ isCurrent: place === 'page', isWithin: place === 'inside' })}
      {...prefetchHandlers}
    >
      {children ?? section.title}
    </Link>
  );
}
