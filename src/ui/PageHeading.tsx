import type { ReactNode } from 'react';

type Props = {
  children: ReactNode;
  className?: string;
  /** What to read when the text alone would run together ("Koreas, page 2" for "Koreas" and a "Page 2" beside it). */
  label?: string;
};

/**
 * The page's one h1. It can take focus (but is not in the tab order) so that
 * client-side navigation can move focus to it, as a full page load would.
 */
export function PageHeading({ children, className = '', label }: Props) {
  return (
    <h1
      tabIndex={-1}
      aria-label={label}
      data-page-heading
      className={`scroll-mt-24 focus:outline-none ${className}`}
    >
      {children}
    </h1>
  );
}
