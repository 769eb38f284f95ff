import { useSuspenseQueries } from '@tanstack/react-query';
import { frontPageQuery, siteQuery } from '@/features/content/contentQueries';
import { pagePaths } from '@/features/content/contract/paths';
import { canonicalUrl } from '@/features/content/site';
import { FollowedNews } from '@/features/listing/FollowedNews';
import { FrontPageTop } from '@/features/listing/FrontPageTop';
import { SectionBlock } from '@/features/listing/SectionBlock';
import { PageMetadata } from '@/features/seo/PageMetadata';
import { PageHeading } from '@/ui/PageHeading';
import { renderSaveToggle } from './renderSaveToggle';

/**
 * The front page as the build arranged it (front.json): the lead, its
 * secondaries and the latest, then a block per top-level section of the
 * stories not shown above.
 */
export function HomeRoute() {
  const [{ data: site }, { data: front }] = useSuspenseQueries({ queries: [siteQuery(), frontPageQuery()] });
  const { lead } = front;

  return (
    <>
      <title>{`${site.name}: ${site.description}`}</title>
      <PageMetadata
        site={site}
        title={site.name}
        description={site.description}
        url={canonicalUrl(site, pagePaths.front())}
        shareCard={{ pagePath: pagePaths.front(), subject: { kind: 'front', description: site.description } }}
      />
      {/* The stories say what the page is; the heading is there for navigation and assistive technology. */}
      <PageHeading className="sr-only">Latest news</PageHeading>
      {lead ? (
        <FrontPageTop
          lead={lead}
          secondaries={front.secondaries}
          latest={front.latest}
          renderActions={renderSaveToggle}
        />
      ) : (
        <p className="font-serif text-summary text-muted">Nothing has been published yet. Come back soon.</p>
      )}
      {/* Below the top stories, out of the first screen, so its late arrival moves nothing the reader sees. */}
      <FollowedNews site={site} renderActions={renderSaveToggle} />
      {front.sections.map(({ section: sectionId, items }) => {
        const section = site.sectionsById[sectionId];
        return section ? (
          <SectionBlock key={sectionId} section={section} stories={items} renderActions={renderSaveToggle} />
        ) : null;
      })}
    </>
  );
}
