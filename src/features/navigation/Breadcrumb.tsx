import { Link } from '@/ui/Link';
import type { SectionNode } from '@/features/content/contract/sectionTree';
import type { Site } from '@/features/content/site';

type Props = { site: Site; section: SectionNode; isSectionCurrent: boolean };

/** News / Koreas: every step is a link except the page the reader is on. */
export function Breadcrumb({ site, section, isSectionCurrent }: Props) {
  return (
    <nav aria-label="Breadcrumb" className="font-sans text-kicker uppercase">
      <ol className="flex flex-wrap items-center gap-x-2 text-muted">
        {section.trail.map((step, index) => {
          const node = site.sectionsById[step.id];
          const isCurrent = isSectionCurrent && index === section.trail.length - 1;
          return (
            <li key={step.id} className="flex items-center gap-x-2">
              {index > 0 && <span aria-hidden="true">›</span>}
              {isCurrent || !node ? (
                <span
                  aria-current={isCurrent ? 'page' : undefined}
                  className="inline-flex min-h-6 items-center text-ink"
                >
                  {step.title}
                </span>
              ) : (
                <Link to={node.path} className="inline-flex min-h-6 items-center text-accent hover:underline">
                  {step.title}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
