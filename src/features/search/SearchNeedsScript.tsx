import { Link } from '@/ui/Link';
import { feedPaths } from '@/features/content/contract/paths';
import type { Site } from '@/features/content/site';
import { siteHref } from '@/lib/basePath';

type Props = { site: Site };

const linkClass = 'inline-flex min-h-11 items-center text-accent underline';

/**
 * What the prerendered page says, and all it can offer without JavaScript:
 * the search runs in the browser, so the way in is by section or by feed.
 */
export function SearchNeedsScript({ site }: Props) {
  const topSections = site.sections.filter((section) => section.trail.length === 1);
  return (
    <div className="mt-4 min-h-64 font-sans text-summary">
      <p>
        Search runs in your browser and needs JavaScript. Without it, find articles by section or follow a
        feed.
      </p>
      <h2 className="mt-6 font-sans text-kicker uppercase">Sections</h2>
      <ul className="mt-1 flex flex-wrap gap-x-4">
        {topSections.map((section) => (
          <li key={section.id}>
            <Link to={section.path} className={linkClass}>
              {section.title}
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="mt-6 font-sans text-kicker uppercase">Feeds</h2>
      <ul className="mt-1 flex flex-wrap gap-x-4">
        <li>
          <a href={siteHref(feedPaths.site())} className={linkClass}>
            Every article (RSS)
          </a>
        </li>
        {topSections.map((section) => (
          <li key={section.id}>
            <a href={siteHref(feedPaths.section(section.id))} className={linkClass}>
              {section.title} (RSS)
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
