import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@/ui/Link';
import { siteQuery } from '@/features/content/contentQueries';
import { PageHeading } from '@/ui/PageHeading';

export function NotFoundRoute() {
  const { data: site } = useSuspenseQuery(siteQuery());
  const topSections = site.sections.filter((section) => section.parent === undefined);
  return (
    <section className="mx-auto max-w-measure py-10">
      <title>{`Page not found | ${site.name}`}</title>
      <meta name="robots" content="noindex" />
      <p className="font-sans text-kicker text-accent uppercase">Error 404</p>
      <PageHeading className="mt-2 font-serif text-page-title font-bold">Page not found</PageHeading>
      <p className="mt-4 text-summary">
        There is no page at this address. It may have been mistyped, or the article or page may have been
        moved or never existed.
      </p>
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
