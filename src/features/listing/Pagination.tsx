import { sectionPageQuery } from '@/features/content/contentQueries';
import type { SectionNode } from '@/features/content/contract/sectionTree';
import { sectionPagePath } from '@/features/content/site';
import { ListingPagination } from './ListingPagination';

type Props = { section: SectionNode; page: number; totalPages: number };

/** A section's pages. */
export function Pagination({ section, page, totalPages }: Props) {
  return (
    <ListingPagination
      listing={{
        kind: 'section',
        pathOf: (target) => sectionPagePath(section, target),
        prefetch: (queryClient, target) => queryClient.query(sectionPageQuery(section.id, target)),
      }}
      page={page}
      totalPages={totalPages}
    />
  );
}
