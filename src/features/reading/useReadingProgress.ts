import { useEffect, useState } from 'react';
import { readingStore, recordReading, type ReadingEntry } from '@/features/reader-state/readingState';

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
 * entry from before this visit, so the page can offer to continue from there.
 */
export function useReadingProgress(articleId: string): ReadingEntry | undefined {
  const [previous] = useState(() =>
    readingStore.getSnapshot().data.articles.find((entry) => entry.id === articleId),
  );

  useEffect(() => {
    recordReading(articleId, previous?.progress ?? 0, previous?.anchor);
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
  }, [articleId, previous]);

  return previous;
}
