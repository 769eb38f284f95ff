import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { siteQuery } from '@/features/content/contentQueries';
import { registerOfflineWorker, type OfflineWorker } from './registerOfflineWorker';
import { useReservedBottom } from './useReservedBottom';

type Stage = 'current' | 'pending' | 'ready' | 'dismissed' | 'reloading';

/**
 * How long the empty live region is in the page before the news goes into it:
 * a region must exist before its change for screen readers to announce it.
 * Until a version waits there is no region at all, so pages keep their few.
 */
const ANNOUNCE_DELAY_MS = 300;

/**
 * Registers the offline worker and, when a new version of the site is
 * waiting, says so in a bar at the bottom of the window. Nothing reloads
 * until the reader presses Reload; "Not now" keeps the page as it is (the
 * new version takes over once every tab of the site is closed).
 */
export function UpdatePrompt() {
  const { data: site } = useSuspenseQuery(siteQuery());
  const [stage, setStage] = useState<Stage>('current');
  const worker = useRef<OfflineWorker | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  // Where focus was before it came into the bar, to give it back on "Not now".
  const focusBefore = useRef<Element | null>(null);
  const isShown = stage === 'ready' || stage === 'reloading';

  useEffect(() => {
    worker.current = registerOfflineWorker(() => {
      setStage((current) => (current === 'current' ? 'pending' : current));
    });
  }, []);
  useEffect(() => {
    if (stage !== 'pending') return;
    const timer = setTimeout(() => {
      setStage('ready');
    }, ANNOUNCE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [stage]);
  useReservedBottom(bar, isShown);
  useEffect(() => {
    if (!isShown) return;
    focusBefore.current = document.activeElement;
    const remember = (event: FocusEvent) => {
      if (event.target instanceof Element && !bar.current?.contains(event.target))
        focusBefore.current = event.target;
    };
    document.addEventListener('focusin', remember);
    return () => {
      document.removeEventListener('focusin', remember);
    };
  }, [isShown]);
  const handleReload = () => {
    setStage('reloading');
    worker.current?.applyUpdate();
  };
  const handleDismiss = () => {
    setStage('dismissed');
    const before = focusBefore.current;
    const target = before?.isConnected && before !== document.body ? before : document.getElementById('main');
    if (target instanceof HTMLElement) target.focus();
  };

  if (stage === 'current' || stage === 'dismissed') return null;
  return (
    <div
      ref={bar}
      className={
        isShown ? 'fixed inset-x-0 bottom-0 z-40 border-t-thin border-rule-strong bg-surface font-sans' : ''
      }
    >
      <div
        className={
          isShown ? 'mx-auto flex max-w-page flex-wrap items-center gap-x-4 gap-y-1 px-gutter py-2' : ''
        }
      >
        {/* In the page, empty, a moment before the news: a live region announces what is added to it, once. */}
        <p role="status" className={isShown ? 'me-auto text-control' : 'sr-only'}>
          {isShown ? `A new version of ${site.name} is ready` : ''}
        </p>
        {isShown && (
          <div className="flex items-center gap-2">
            <button
              type="button"
              onClick={handleReload}
              disabled={stage === 'reloading'}
              className="min-h-11 rounded bg-ink px-4 font-semibold text-paper hover:opacity-90"
            >
              Reload
            </button>
            <button
              type="button"
              onClick={handleDismiss}
              className="min-h-11 px-2 text-control text-muted hover:text-ink"
            >
              Not now
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
