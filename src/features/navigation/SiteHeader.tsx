import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { SectionNode } from '@/features/content/contract/sectionTree';
import type { Site } from '@/features/content/site';
import { sectionAt } from './sectionPlace';
import { SectionRow } from './SectionRow';

type Props = {
  site: Site;
  /** Reader tools at the right of the masthead (saved articles, display settings). */
  tools?: ReactNode;
};

/**
 * The masthead and the section navigation: the top-level sections on one row
 * and, inside a section, its top-level section's children on a second row
 * (News › Koreas, Asia, Europe). Both come from the path alone, so the
 * prerendered page already has them as the app renders them.
 */
export function SiteHeader({ site, tools }: Props) {
  const { pathname } = useLocation();
  const topLevel = site.sections.filter((section) => section.trail.length === 1);
  const topId = sectionAt(site.sections, pathname)?.trail[0]?.id;
  const top = topId === undefined ? undefined : site.sectionsById[topId];
  const children = (top?.children ?? []).flatMap((child): SectionNode[] => {
    const node = site.sectionsById[child.id];
    return node ? [node] : [];
  });
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-page items-center justify-between gap-4 px-4 pt-5 sm:px-6">
        <Link to="/" className="inline-block font-serif text-3xl font-black tracking-tight sm:text-4xl">
          {site.name}
        </Link>
        {tools && <div className="flex items-center gap-1">{tools}</div>}
      </div>
      <nav aria-label="Sections" className="mt-2 font-sans text-sm">
        <SectionRow sections={topLevel} />
        {top && children.length > 0 && (
          <div className="border-t border-rule bg-surface">
            <SectionRow sections={children} label={`${top.title} sections`} isSubsection />
          </div>
        )}
      </nav>
    </header>
  );
}
