import { useEffect, useLayoutEffect, useState } from 'react';
import { useLocation, type Location } from 'react-router';

// One router per document, so one navigation at a time: module state, kept small for the entry.
let renderedHref = '';
let pendingHref = '';
let timer = 0;
let busyLink: Element | null = null;

function settle() {
  clearTimeout(timer);
  busyLink?.removeAttribute('aria-busy');
  busyLink = null;
}

/**
 * Whether a client navigation has been on its way for more than 300 ms (a
 * quicker one shows nothing, so nothing flashes). Navigations run in a
 * transition: the address bar already has the new address while the old page,
 * and the location it was rendered for, stay up. So an address that differs
 * from the rendered one after a click or a back/forward is a navigation still
 * pending. Meanwhile the link the reader activated is marked `aria-busy` (a
 * card's, the header's or one in an article: none of them knows its click is
 * still in progress) until the new page, or the error page in its place, shows.
 */
export function usePendingNavigation(): boolean {
  const rendered = useLocation();
  // The router makes a new location object for every navigation, back to an earlier entry too.
  const [pendingFrom, setPendingFrom] = useState<Location>();

  useLayoutEffect(() => {
    renderedHref = pendingHref = location.href;
    settle();
  }, [rendered]);

  useEffect(() => {
    // Document listeners run after the router's own, which has already pushed the new address.
    const handleNavigation = (event: Event) => {
      if (location.href === pendingHref) return;
      pendingHref = location.href;
      settle();
      if (pendingHref === renderedHref) return;
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      timer = window.setTimeout(() => {
        busyLink = link;
        link?.setAttribute('aria-busy', 'true');
        setPendingFrom(rendered);
      }, 300);
    };
    document.addEventListener('click', handleNavigation);
    window.addEventListener('popstate', handleNavigation);
    return () => {
      document.removeEventListener('click', handleNavigation);
      window.removeEventListener('popstate', handleNavigation);
    };
  }, [rendered]);

  // Once another location is rendered, the navigation marked pending is over.
  return pendingFrom === rendered;
}
