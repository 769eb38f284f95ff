import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { sectionPageQuery } from '@/features/content/contentQueries';
import type { SectionNode } from '@/features/content/contract/sectionTree';
import { usePrefetchOnIntent } from '@/features/content/usePrefetchOnIntent';

type Props = {
  section: SectionNode;
  className: (state: { isCurrent: boolean; isWithin: boolean }) => string;
  children?: ReactNode;
};

/**
 * A link to a section that knows whether the reader is on it (`aria-current`)
 * or somewhere inside it, and warms its first page on intent.
 */
export function SectionLink({ section, className, children }: Props) {
  const { pathname } = useLocation();
  const isCurrent = pathname === section.path;
  const isWithin = !isCurrent && pathname.startsWith(`${section.path}/`);
  const prefetchHandlers = usePrefetchOnIntent(
    (queryClient) => [queryClient.query(sectionPageQuery(section.id, 1))],
    'section',
  );
  return (
    <Link
      to={section.path}
      aria-current={isCurrent ? 'page' : undefined}
      className={className({ isCurrent, isWithin })}
      {...prefetchHandlers}
    >
      {children ?? section.title}
    </Link>
  );
}
