import { lazy, Suspense } from 'react';
import type { ReadingEntry } from '@/features/reader-state/readingState';
import { isWorthContinuing } from './isWorthContinuing';

// Most visits have nothing to continue: the offer's code loads only when there is.
const ContinueReading = lazy(() =>
  import('./ContinueReading').then((module) => ({ default: module.ContinueReading })),
);

type Props = { previous: ReadingEntry | undefined };

/** Offers to go back to where the reader stopped in this article, when they stopped midway. */
export function ContinueReadingOffer({ previous }: Props) {
  if (!previous || !isWorthContinuing(previous)) return null;
  return (
    <Suspense fallback={null}>
      <ContinueReading previous={previous} />
    </Suspense>
  );
}
