import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { readItem, writeItem } from '@/lib/storage';
import { hasShownFirstPage } from './firstPage';
import { findHashTarget, highlight } from './hashTarget';

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

/**
 * Scrolling as a full page load does it, for client-side navigation: a new
 * page starts at its top, or at the paragraph its `#fragment` names (marked
 * for a moment); back/forward and a reload return to where the reader was,
 * from positions kept for the tab's session.
 */
export function useScrollOnPageChange() {
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
}
