import { Link } from '@/ui/Link';
import type { Site } from '@/features/content/site';
import { sitePathOf } from '@/lib/basePath';
import { Timestamp } from '@/ui/Timestamp';
import { excerptParts } from './excerptParts';
import type { SearchHit } from './pagefindApi';

type Props = { site: Site; hit: SearchHit };

/** The index holds addresses as the site is served: inside the app, a link is to the path below the base. */
function appPath(url: string): string {
  const { pathname, search, hash } = new URL(url, window.location.origin);
  return `${sitePathOf(pathname) ?? pathname}${search}${hash}`;
}

/** One result: its section, headline (the link), date and the excerpt with the matched words marked. */
export function SearchResultCard({ site, hit }: Props) {
  const section = hit.sectionId === undefined ? undefined : site.sectionsById[hit.sectionId];
  return (
    <article data-card className="relative border-t-thin border-rule py-4">
      {section && <p className="mb-1 font-sans text-kicker text-accent uppercase">{section.title}</p>}
      <h2 className="font-serif text-headline-card font-bold">
        <Link to={appPath(hit.url)} className="hover:underline focus-visible:underline">
          {hit.title}
        </Link>
      </h2>
      {hit.published && (
        <p className="mt-1 font-sans text-meta text-muted">
          <Timestamp dateTime={hit.published} locale={site.language} precision="day" />
        </p>
      )}
      {hit.excerpt && (
        <p className="mt-2 font-serif text-summary">
          {excerptParts(hit.excerpt).map((part, index) =>
            part.isMatch ? (
              <mark key={index} className="rounded-sm bg-highlight text-ink">
                {part.text}
              </mark>
            ) : (
              part.text
            ),
          )}
        </p>
      )}
    </article>
  );
}
