import { useEffect, useState } from 'react';
import { readingStore, recordReading, type ReadingEntry } from '@/features/reader-state/readingState';
import { useReadingEntry } from '@/features/reader-state/useReaderState';

const SAVE_DELAY = 400;
/** Paragraphs whose bottom is above this line (under a sticky-free header) count as read past. */
const TOP_MARGIN = 80;

function currentPosition(): { progress: number; anchor: string | undefined } {
  const scrollable = document.documentElement.scrollHeight - window.innerHeight;
  const progress = scrollable > 0 ? window.scrollY / scrollable : 1;
  const paragraphs = document.querySelectorAll<HTMLElement>('main article p[id]');
  const top = [...paragraphs].find((paragraph) => paragraph.getBoundingClientRect().bottom > TOP_MARGIN);
  return { progress, anchor: top?.id };
}

/**
 * Marks the article as read and keeps where the reader is in it. Returns the
 * entry from before this visit (until the reader scrolls on), so the page can
 * offer to continue from there. During hydration the store reads as empty, so
 * the offer only appears once the page is live.
 */
export function useReadingProgress(articleId: string): ReadingEntry | undefined {
  const [visitStartedAt] = useState(() => Date.now());
  const entry = useReadingEntry(articleId);

  useEffect(() => {
    const isKnown = readingStore.getSnapshot().data.articles.some((known) => known.id === articleId);
    if (!isKnown) recordReading(articleId, 0);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handleScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { progress, anchor } = currentPosition();
        recordReading(articleId, progress, anchor);
      }, SAVE_DELAY);
    };
    window.addEventListener('scroll', handleScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', handleScroll);
    };
  }, [articleId]);

  return entry && entry.updatedAt < visitStartedAt ? entry : undefined;
}
