import { sectionPageQuery } from '@/features/content/contentQueries';
import type { PageNeighbours } from '@/features/content/contract/listingPages';
import type { SectionNode } from '@/features/content/contract/sectionTree';
import { sectionPagePath } from '@/features/content/site';
import { ListingPagination } from './ListingPagination';

type Props = { section: SectionNode; page: number } & PageNeighbours;

/** A section's pages. */
export function Pagination({ section, page, newer, older }: Props) {
  return (
    <ListingPagination
      listing={{
        kind: 'section',
        pathOf: (target) => sectionPagePath(section, target),
        prefetch: (queryClient, target) => queryClient.query(sectionPageQuery(section.id, target)),
      }}
      page={page}
      newer={newer}
      older={older}
    />
  );
}
