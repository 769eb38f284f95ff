import { Link } from 'react-router';
import { sectionPageQuery } from '@/features/content/contentQueries';
import type { SectionNode } from '@/features/content/contract/sectionTree';
import { sectionPagePath } from '@/features/content/site';
import { usePrefetchOnIntent } from '@/features/content/usePrefetchOnIntent';

type Props = { section: SectionNode; page: number; totalPages: number };

const linkClass =
  'inline-flex min-h-11 items-center rounded border border-rule px-4 font-sans text-control hover:border-ink';

function PageLink({
  section,
  page,
  rel,
  children,
}: {
  section: SectionNode;
  page: number;
  rel: 'prev' | 'next';
  children: string;
}) {
  const prefetchHandlers = usePrefetchOnIntent(
    (queryClient) => [queryClient.query(sectionPageQuery(section.id, page))],
    'section',
  );
  return (
    <Link to={sectionPagePath(section, page)} rel={rel} className={linkClass} {...prefetchHandlers}>
      {children}
    </Link>
  );
}

export function Pagination({ section, page, totalPages }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav
      aria-label="Pages"
      className="mt-block flex items-center justify-between gap-4 border-t border-rule pt-6"
    >
      <div>
        {page > 1 && (
          <PageLink section={section} page={page - 1} rel="prev">
            ← Newer
          </PageLink>
        )}
      </div>
      <p className="font-sans text-meta text-muted">
        Page {page} of {totalPages}
      </p>
      <div>
        {page < totalPages && (
          <PageLink section={section} page={page + 1} rel="next">
            Older →
          </PageLink>
        )}
      </div>
    </nav>
  );
}
