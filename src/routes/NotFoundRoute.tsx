import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { Link } from '@/ui/Link';
import { siteQuery } from '@/features/content/contentQueries';
import { pagePaths } from '@/features/content/contract/paths';
import { PageHeading } from '@/ui/PageHeading';

/** What each error page says: the not-found page, and the notice the server sends where an article was withdrawn. */
const errorPages = {
  notFound: {
    code: 404,
    title: 'Page not found',
    explanation:
      'There is no page at this address. It may have been mistyped, or the article or page may have been moved or never existed.',
  },
  withdrawn: {
    code: 410,
    title: 'Article withdrawn',
    explanation:
      'The article that was at this address has been withdrawn by the publisher and is no longer available. Links to it and saved copies will not bring it back.',
  },
};

export function NotFoundRoute() {
  const { data: site } = useSuspenseQuery(siteQuery());
  const { pathname } = useLocation();
  // The build renders the withdrawn notice at its own address; nginx sends it, with 410, where the article was.
  const { code, title, explanation } =
    pathname === pagePaths.withdrawn() ? errorPages.withdrawn : errorPages.notFound;
  const topSections = site.sections.filter((section) => section.parent === undefined);
  return (
    <section className="mx-auto max-w-measure py-10">
      <title>{`${title} | ${site.name}`}</title>
      <meta name="robots" content="noindex" />
      <p className="font-sans text-kicker text-accent uppercase">Error {code}</p>
      <PageHeading className="mt-2 font-serif text-page-title font-bold">{title}</PageHeading>
      <p className="mt-4 text-summary">{explanation}</p>
      <p className="mt-4 text-summary">Try the front page or one of the sections:</p>
      <ul className="mt-4 flex flex-wrap gap-3 font-sans font-semibold">
        <li>
          <Link
            to="/"
            className="inline-flex min-h-11 items-center rounded border-thin border-rule px-4 hover:border-ink"
          >
            Front page
          </Link>
        </li>
        {topSections.map((section) => (
          <li key={section.id}>
            <Link
              to={section.path}
              className="inline-flex min-h-11 items-center rounded border-thin border-rule px-4 hover:border-ink"
            >
              {section.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
