import { Navigate, useLocation } from 'react-router';
import { useIsHydrated } from '@/ui/useIsHydrated';
import { NotFoundRoute } from './lazyRoutes';
import { isNotFoundDocumentAt } from './notFoundDocument';

/**
 * Replaces the address with `to` (a `/page/1` alias, an article's old
 * section), adding no history entry. Where the server answered the address
 * with its not-found page (a host without the redirect), that page hydrates
 * as built and the address is replaced once the page is live: rendering
 * nothing at once would not match the HTML, and React would discard the page
 * while its deferred regions still wait for the page to be live.
 */
export function ReplaceAddress({ to }: { to: string }) {
  const { pathname } = useLocation();
  const isHydrated = useIsHydrated();
  if (!isNotFoundDocumentAt(pathname)) return <Navigate replace to={to} />;
  return (
    <>
      <NotFoundRoute />
      {isHydrated && <Navigate replace to={to} />}
    </>
  );
}
