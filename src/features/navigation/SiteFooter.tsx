import { Link } from '@/ui/Link';
import { useIsCurrentPath } from '@/ui/useIsCurrentPath';
import { pageQuery } from '@/features/content/contentQueries';
import { feedPaths, pagePaths } from '@/features/content/contract/paths';
import type { PageLink } from '@/features/content/contract/schema';
import type { Site } from '@/features/content/site';
import { usePrefetchOnIntent } from '@/features/content/usePrefetchOnIntent';
import { siteHref } from '@/lib/basePath';
import { FooterGroup, footerLinkClass } from './FooterGroup';
import { FooterSectionList } from './FooterSectionList';
import { mirrorAddress } from './mirrorAddress';

type Props = {
  site: Site;
  /** The page on screen, relative to the site's base: the mirror links lead to the same page there. */
  sitePath: string;
};

/**
 * The foot of every page: what the site is, its sections, its own pages
 * (about, contact …, as the content lists them), its feeds and the other
 * addresses it can be read at.
 */
export function SiteFooter({ site, sitePath }: Props) {
  const topSections = site.sections.filter((section) => section.parent === undefined);
  const mirrors = site.mirrors ?? [];
  return (
    <footer className="mt-block border-t-thin border-rule bg-surface">
      <div className="mx-auto grid max-w-page gap-x-8 gap-y-8 px-gutter py-10 font-sans text-meta text-muted sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-8">
          <div>
            <p className="font-serif text-headline-secondary font-black text-ink">{site.name}</p>
            <p className="mt-2 max-w-prose">{site.description}</p>
          </div>
          {mirrors.length > 0 && (
            <FooterGroup
              title="Other addresses"
              note="If this one is blocked where you are, this page is also at:"
            >
              {mirrors.map((mirror) => (
                <li key={mirror}>
                  <a href={mirrorAddress(mirror, sitePath)} className={`${footerLinkClass} wrap-anywhere`}>
                    {new URL(mirror).host}
                  </a>
                </li>
              ))}
            </FooterGroup>
          )}
        </div>
        <FooterGroup title="Browse">
          <FooterSectionList site={site} sections={topSections} />
        </FooterGroup>
        {site.pages.length > 0 && (
          <FooterGroup title="About this site">
            {site.pages.map((page) => (
              <li key={page.id}>
                <SitePageLink page={page} />
              </li>
            ))}
          </FooterGroup>
        )}
        <FooterGroup title="Feeds" note="Follow in any RSS reader.">
          <li>
            <a href={siteHref(feedPaths.site())} type="application/rss+xml" className={footerLinkClass}>
              All articles feed
            </a>
          </li>
          {topSections.map((section) => (
            <li key={section.id}>
              <a
                href={siteHref(feedPaths.section(section.id))}
                type="application/rss+xml"
                className={footerLinkClass}
              >
                {section.title} feed
              </a>
            </li>
          ))}
        </FooterGroup>
      </div>
    </footer>
  );
}

/** A link to one of the site's own pages (`aria-current` on it), which warms its content and code on intent. */
function SitePageLink({ page }: { page: PageLink }) {
  const prefetchHandlers = usePrefetchOnIntent(
    (queryClient) => [queryClient.query(pageQuery(page.id))],
    'page',
  );
  const path = pagePaths.page(page.id);
  const isCurrent = useIsCurrentPath(path);
  return (
    <Link
      to={path}
      aria-current={isCurrent ? 'page' : undefined}
      className={`${footerLinkClass} ${isCurrent ? 'text-ink underline' : ''}`}
      {...prefetchHandlers}
    >
      {page.title}
    </Link>
  );
}
