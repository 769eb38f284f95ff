import { useEffect, useLayoutEffect, useRef } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { readItem, writeItem } from '@/lib/storage';

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
 * What a full page load gives for free, done for client-side navigation:
 * scroll to the top of a new page (or back to where the reader was on
 * back/forward), focus the new page's heading and announce its title.
 * Runs from inside the page's Suspense boundary, so it fires once the new
 * page has actually rendered.
 */
export function usePageChangeEffects(onAnnounce: (message: string) => void) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const currentKey = useRef(location.key);
  const isFirstPage = useRef(true);

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
    currentKey.current = location.key;
    const saved = scrollPositions.get(location.key);
    if (navigationType === NavigationType.Pop) {
      if (saved !== undefined) window.scrollTo(0, saved);
    } else if (!location.hash) {
      window.scrollTo(0, 0);
    }
  }, [location.key, location.hash, navigationType]);

  useEffect(() => {
    if (isFirstPage.current) {
      isFirstPage.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main [data-page-heading]');
    (heading ?? document.querySelector<HTMLElement>('main'))?.focus({ preventScroll: true });
    onAnnounce(document.title);
  }, [location.key, onAnnounce]);
}
