import { useState } from 'react';
import type { ReadingEntry } from '@/features/reader-state/readingState';
import { isWorthContinuing } from './isWorthContinuing';

type Props = { previous: ReadingEntry | undefined };

export function ContinueReading({ previous }: Props) {
  const [isDismissed, setIsDismissed] = useState(false);
  const anchor = previous?.anchor;
  if (isDismissed || !previous || !anchor || !isWorthContinuing(previous)) return null;

  const handleContinue = () => {
    const paragraph = document.getElementById(anchor);
    if (paragraph) {
      paragraph.scrollIntoView({ block: 'start' });
      paragraph.focus({ preventScroll: true });
    }
    setIsDismissed(true);
  };

  return (
    <aside
      aria-label="Continue reading"
      className="fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-xl flex-wrap items-center gap-3 rounded border-thin border-rule bg-surface px-4 py-2 font-sans text-meta shadow-lg"
    >
      <p>You have read about {Math.round(previous.progress * 100)}% of this article.</p>
      <button type="button" onClick={handleContinue} className="min-h-11 font-semibold text-accent underline">
        Continue where you left off
      </button>
      <button
        type="button"
        onClick={() => {
          setIsDismissed(true);
        }}
        className="ms-auto min-h-11 px-2 text-muted hover:text-ink"
      >
        Dismiss
      </button>
    </aside>
  );
}
