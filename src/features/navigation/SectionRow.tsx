import { useLocation } from 'react-router';
import type { SectionNode } from '@/features/content/contract/sectionTree';
import { SectionLink } from './SectionLink';
import { sectionPlace } from './sectionPlace';
import { useCurrentInView } from './useCurrentInView';

type Props = {
  sections: readonly SectionNode[];
  /** Names the list for screen readers: "News sections". */
  label?: string;
  /** The second row: quieter type, the children of the current top-level section. */
  isSubsection?: boolean;
};

/**
 * One row of section links that never wraps: on a narrow screen it scrolls
 * sideways on its own (the page does not), with the current item brought into
 * view. The current item carries the row's one marker, an accent bar.
 */
export function SectionRow({ sections, label, isSubsection = false }: Props) {
  const { pathname } = useLocation();
  const currentId = sections.find((section) => sectionPlace(pathname, section.path))?.id;
  const rowRef = useCurrentInView<HTMLUListElement>(currentId);
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
            className={({ isCurrent, isWithin }) => linkClass(isCurrent || isWithin, isSubsection)}
          />
        </li>
      ))}
    </ul>
  );
}

function linkClass(isMarked: boolean, isSubsection: boolean): string {
  // The bar is a border on every link, transparent but on the marked one, so no link changes height.
  const base =
    'inline-flex min-h-11 items-center border-b-3 px-2 whitespace-nowrap focus-visible:-outline-offset-3';
  if (isSubsection) {
    return isMarked
      ? `${base} border-accent font-semibold text-ink`
      : `${base} border-transparent text-muted hover:text-accent`;
  }
  return isMarked
    ? `${base} border-accent font-semibold text-accent`
    : `${base} border-transparent font-semibold hover:text-accent`;
}
