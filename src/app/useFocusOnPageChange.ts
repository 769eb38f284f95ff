import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { hasShownFirstPage, markFirstPageShown } from './firstPage';
import { findHashTarget } from './hashTarget';
import { useSamePageKey } from './useSamePageKey';

/**
 * Focus as a full page load leaves it, for client-side navigation: on the new
 * page's heading, which names it to a screen reader, or on the paragraph its
 * `#fragment` names. The title is announced only where focus does not name
 * the page, so a reader hears the new page once.
 */
export function useFocusOnPageChange(onAnnounce: (message: string) => void) {
  const location = useLocation();
  const pageKey = useSamePageKey();

  useEffect(() => {
    const target = findHashTarget(location.hash);
    // Kept for the document, not this component: an error page mounts these
    // effects afresh in place of the page, and is still a later page.
    if (!hasShownFirstPage()) {
      markFirstPageShown();
      target?.focus({ preventScroll: true });
      return;
    }
    const heading = document.querySelector<HTMLElement>('main [data-page-heading]');
    const focused = target ?? heading;
    (focused ?? document.querySelector<HTMLElement>('main'))?.focus({ preventScroll: true });
    // A focused heading is read out, naming the page: announcing the title too
    // would say it twice. Only a page that focus does not name is announced.
    onAnnounce(heading && focused === heading ? '' : document.title);
  }, [pageKey, location.hash, onAnnounce]);
}
