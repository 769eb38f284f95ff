import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { readItem, writeItem } from '@/lib/storage';
import { hasShownFirstPage, markFirstPageShown } from './firstPage';

const SCROLL_KEY = 'broadsheet:scroll-positions';
/** Positions saved by this tab before a reload; anything malformed is ignored. */
function readSavedPositions(): [string, number][] {
  try {
    const saved: unknown = JSON.parse(readItem('session', SCROLL_KEY) ?? '[]');
    if (!Array.isArray(saved)) return [];
    return saved.filter(
      (entry): entry is [string, number] =>
        Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number',
    );
  } catch {
    return [];
  }
}

const scrollPositions = new Map<string, number>(readSavedPositions());

const HIGHLIGHT_TIME = 2500;

/**
 * Every full page load starts on a history entry keyed "default", so the key
 * alone would hand one page's saved position to another: the path goes with it.
 */
const positionKey = (location: { key: string; pathname: string }) => `${location.key} ${location.pathname}`;

/** A full page load that returns to an entry (reload, back/forward), rather than a fresh visit. */
function isReturningLoad(): boolean {
  const [entry] = performance.getEntriesByType('navigation');
  const type = entry && 'type' in entry ? entry.type : undefined;
  return type === 'reload' || type === 'back_forward';
}

/** The element a `#fragment` names, e.g. a paragraph anchor; text fragments never reach here. */
function findHashTarget(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

/** Marks the linked paragraph for a moment; CSS fades it, or holds it still under reduced motion. */
function highlight(element: HTMLElement) {
  element.dataset.highlighted = '';
  setTimeout(() => {
    delete element.dataset.highlighted;
  }, HIGHLIGHT_TIME);
}

/**
 * What a full page load gives for free, done for client-side navigation:
 * scroll to the top of a new page (or back to where the reader was on
 * back/forward), and focus the new page's heading, which names it to a
 * screen reader; its title is announced only where focus goes elsewhere.
 * Runs from inside the page's Suspense boundary, so it fires once the new
 * page has actually rendered, and beside an error page that replaces it.
 */
export function usePageChangeEffects(onAnnounce: (message: string) => void) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const pageKey = positionKey(location);
  const currentKey = useRef(pageKey);

  useEffect(() => {
    window.history.scrollRestoration = 'manual';
    let frame = 0;
    const handleScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => scrollPositions.set(currentKey.current, window.scrollY));
    };
    const handlePageHide = () => {
      writeItem('session', SCROLL_KEY, JSON.stringify([...scrollPositions].slice(-50)));
    };
    window.addEventListener('scroll', handleScroll, { passive: true });
    window.addEventListener('pagehide', handlePageHide);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', handleScroll);
      window.removeEventListener('pagehide', handlePageHide);
    };
  }, []);

  useLayoutEffect(() => {
    currentKey.current = pageKey;
    const target = findHashTarget(location.hash);
    const saved = scrollPositions.get(currentKey.current);
    // The first page is a fresh visit unless the browser says it returned to it.
    const isReturn = navigationType === NavigationType.Pop && (hasShownFirstPage() || isReturningLoad());
    if (target) {
      target.scrollIntoView({ block: 'start' });
      highlight(target);
    } else if (isReturn) {
      if (saved !== undefined) window.scrollTo(0, saved);
    } else {
      window.scrollTo(0, 0);
    }
  }, [pageKey, location.hash, navigationType]);

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
  }, [location.key, location.hash, onAnnounce]);
}
