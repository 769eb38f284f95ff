import { useFocusOnPageChange } from './useFocusOnPageChange';
import { useScrollOnPageChange } from './useScrollOnPageChange';

/**
 * What a full page load gives for free, done for client-side navigation:
 * scroll (useScrollOnPageChange), then focus and, where focus does not name
 * the page, an announcement (useFocusOnPageChange). Runs from inside the
 * page's Suspense boundary, so it fires once the new page has actually
 * rendered, and beside an error page that replaces it.
 */
export function usePageChangeEffects(onAnnounce: (message: string) => void) {
  useScrollOnPageChange();
  useFocusOnPageChange(onAnnounce);
}
