import { useSuspenseQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { frontPageQuery, siteQuery } from '@/features/content/contentQueries';
import { pagePaths } from '@/features/content/contract/paths';
import { canonicalUrl } from '@/features/content/site';
import { ArticleCard } from '@/features/listing/ArticleCard';
import { PageMetadata } from '@/features/seo/PageMetadata';
import { ArticleCardList } from '@/features/listing/ArticleCardList';
import { PageHeading } from '@/ui/PageHeading';
import { renderSaveToggle } from './renderSaveToggle';

export function HomeRoute() {
  const [{ data: site }, { data: front }] = useSuspenseQueries({ queries: [siteQuery(), frontPageQuery()] });
  const [lead, ...latest] = front.latest;

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
      <PageHeading className="mb-4 border-b-2 border-ink pb-2 font-sans text-sm font-bold tracking-wider uppercase">
        Latest news
      </PageHeading>
      {lead ? (
        <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
          <ArticleCard summary={lead} variant="lead" showsSection actions={renderSaveToggle(lead)} />
          <ArticleCardList
            renderActions={renderSaveToggle}
            summaries={latest}
            showsSection
            variant="compact"
            label="More of the latest"
          />
        </div>
      ) : (
        <p className="text-lg text-muted">Nothing has been published yet. Come back soon.</p>
      )}
      {front.sections.map(({ section: sectionId, items }) => {
        const section = site.sectionsById[sectionId];
        if (!section || items.length === 0) return null;
        return (
          <section key={sectionId} aria-labelledby={`front-${sectionId}`} className="mt-12">
            <h2
              id={`front-${sectionId}`}
              className="mb-4 border-b-2 border-ink pb-2 font-sans text-sm font-bold tracking-wider uppercase"
            >
              <Link to={section.path} className="hover:text-accent">
                {section.title} <span aria-hidden="true">→</span>
              </Link>
            </h2>
            <ArticleCardList
              renderActions={renderSaveToggle}
              summaries={items}
              headingLevel={3}
              variant="tile"
              isGrid
            />
          </section>
        );
      })}
    </>
  );
}
