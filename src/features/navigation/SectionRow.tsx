import type { SectionNode } from '@/features/content/contract/sectionTree';
import { NewStoriesMark } from './NewStoriesMark';
import { SectionLink } from './SectionLink';
import { sectionPlace, type PagePath } from './sectionPlace';
import { useRevealInRow } from './useRevealInRow';

type Props = {
  sections: readonly SectionNode[];
  pagePath: PagePath;
  /** Names the list for screen readers: "News sections". */
  label?: string;
  /** The second row: quieter type, the children of the current top-level section. */
  isSubsection?: boolean;
};

/**
 * One row of section links that never wraps: on a narrow screen it scrolls
 * sideways on its own (the page does not), and brings into view its current
 * item and each link the keyboard reaches. The current item carries the
 * row's one marker, an accent bar.
 */
export function SectionRow({ sections, pagePath, label, isSubsection = false }: Props) {
  const currentId = sections.find((section) => sectionPlace(pagePath, section.path))?.id;
  const rowRef = useRevealInRow<HTMLUListElement>(currentId);
  return (
    <ul
      ref={rowRef}
      aria-label={label}
      className="mx-auto flex max-w-page [scrollbar-width:thin] overflow-x-auto px-2 sm:px-4"
    >
      {sections.map((section) => (
        <li key={section.id} className="shrink-0">
          <SectionLink
            section={section}
            pagePath={pagePath}
            className={({ isCurrent, isWithin }) => linkClass(isCurrent || isWithin, isSubsection)}
          >
            {section.title}
            <NewStoriesMark sectionId={section.id} />
          </SectionLink>
        </li>
      ))}
    </ul>
  );
}

function linkClass(isMarked: boolean, isSubsection: boolean): string {
  // The bar is a border on every link, transparent but on the marked one, so no link changes height.
  const base =
    'relative inline-flex min-h-11 items-center border-b-3 px-2 whitespace-nowrap focus-visible:-outline-offset-3';
  if (isSubsection) {
    return isMarked
      ? `${base} border-accent font-semibold text-ink`
      : `${base} border-transparent text-muted hover:text-accent`;
  }
  return isMarked
    ? `${base} border-accent font-semibold text-accent`
    : `${base} border-transparent font-semibold hover:text-accent`;
}
