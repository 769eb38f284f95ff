import type { ReadingEntry } from '@/features/reader-state/readingState';

/** Only worth offering when the reader stopped somewhere in the middle. */
const MIN_PROGRESS = 0.1;
const MAX_PROGRESS = 0.9;

export function isWorthContinuing(previous: ReadingEntry): boolean {
  return (
    previous.anchor !== undefined && previous.progress >= MIN_PROGRESS && previous.progress <= MAX_PROGRESS
  );
}
