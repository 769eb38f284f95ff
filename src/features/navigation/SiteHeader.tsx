import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Site } from '@/features/content/site';
import { SectionLink } from './SectionLink';

type Props = {
  site: Site;
  /** Reader tools at the right of the masthead (saved articles, display settings). */
  tools?: ReactNode;
};

export function SiteHeader({ site, tools }: Props) {
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-page items-center justify-between gap-4 px-4 pt-5 sm:px-6">
        <Link to="/" className="inline-block font-serif text-3xl font-black tracking-tight sm:text-4xl">
          {site.name}
        </Link>
        {tools && <div className="flex items-center gap-1">{tools}</div>}
      </div>
      <nav aria-label="Sections" className="mx-auto max-w-page px-4 sm:px-6">
        <ul className="-mx-2 flex flex-wrap gap-x-1 py-2 font-sans text-sm font-semibold whitespace-nowrap">
          {site.sections.map((section) => (
            <li key={section.id}>
              <SectionLink
                section={section}
                className={({ isCurrent, isWithin }) => {
                  const weight = section.parent ? 'font-normal' : '';
                  const state =
                    isCurrent || isWithin
                      ? 'text-accent underline decoration-2 underline-offset-8'
                      : `${section.parent ? 'text-muted' : ''} hover:text-accent`;
                  return `inline-flex min-h-11 items-center rounded px-2 ${weight} ${state}`;
                }}
              />
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
