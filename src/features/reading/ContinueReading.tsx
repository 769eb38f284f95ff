import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ReadingEntry } from '@/features/reader-state/readingState';
import { isWorthContinuing } from './isWorthContinuing';

type Props = { previous: ReadingEntry | undefined };

/** Focuses a block of the article (a paragraph's anchor, or what follows the bar), scrolling to it if asked. */
function focusBlock(block: HTMLElement | null | undefined, shouldScroll: boolean) {
  if (!block) return;
  if (shouldScroll) block.scrollIntoView({ block: 'start' });
  block.focus({ preventScroll: shouldScroll });
}

/**
 * A bar in the flow, just before the article text: where a returning reader
 * starts reading, it offers to skip to where they stopped. Being in the flow,
 * it covers nothing (not the headline, the picture or whatever has focus),
 * and it only appears after hydration below the picture, where nothing on
 * screen moves for it.
 */
export function ContinueReading({ previous }: Props) {
  const [isDismissed, setIsDismissed] = useState(false);
  const ref = useRef<HTMLElement>(null);
  const anchor = previous?.anchor;
  const isShown =
    !isDismissed && previous !== undefined && anchor !== undefined && isWorthContinuing(previous);

  // The bar leaves the flow first, so the paragraph is measured where it will stay.
  const close = useCallback((target: HTMLElement | null | undefined, shouldScroll: boolean) => {
    flushSync(() => {
      setIsDismissed(true);
    });
    focusBlock(target, shouldScroll);
  }, []);
  // Declined: focus goes to where the text starts, the first block after the bar, rather than to nowhere.
  const decline = useCallback(() => {
    close(ref.current?.nextElementSibling?.querySelector<HTMLElement>('[tabindex="-1"]'), false);
  }, [close]);

  // Escape declines too, from anywhere inside the bar.
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      decline();
    };
    bar.addEventListener('keydown', handleKeyDown);
    return () => {
      bar.removeEventListener('keydown', handleKeyDown);
    };
  }, [isShown, decline]);

  if (!isShown) return null;

  return (
    <aside
      ref={ref}
      aria-label="Continue reading"
      className="mb-8 flex flex-wrap items-center gap-x-4 gap-y-1 rounded border-thin border-rule bg-surface py-2 ps-4 pe-2 font-sans text-meta"
    >
      <p className="me-auto">You have read about {Math.round(previous.progress * 100)}% of this article.</p>
      <div className="-ms-2 flex items-center gap-2">
        <button
          type="button"
          onClick={() => {
            close(document.getElementById(anchor), true);
          }}
          className="min-h-11 px-2 font-semibold text-accent underline"
        >
          Continue where you left off
        </button>
        <button type="button" onClick={decline} className="min-h-11 px-2 text-muted hover:text-ink">
          Dismiss
        </button>
      </div>
    </aside>
  );
}
