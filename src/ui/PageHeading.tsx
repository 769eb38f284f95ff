import type { ReactNode } from 'react';

type Props = { children: ReactNode; className?: string };

/**
 * The page's one h1. It can take focus (but is not in the tab order) so that
 * client-side navigation can move focus to it, as a full page load would.
 */
export function PageHeading({ children, className = '' }: Props) {
  return (
    <h1 tabIndex={-1} data-page-heading className={`scroll-mt-24 focus:outline-none ${className}`}>
      {children}
    </h1>
  );
}
