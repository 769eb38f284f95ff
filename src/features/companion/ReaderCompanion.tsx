import { useEffect } from 'react';
import { useNewStoryCounts } from '@/features/following/useNewStoryCounts';
import { useSearchShortcut } from './useSearchShortcut';

/**
 * What runs beside every page once it is interactive and never shows in its
 * prerendered HTML: keyboard shortcuts, the offline worker's update prompt,
 * the check for fresh stories. One chunk, fetched after the page is live, so
 * none of it weighs on the page's first script.
 */
export function ReaderCompanion() {
  useSearchShortcut();
  useNewStoryCounts();
  // For tests and the benchmark: the shortcuts and the rest are listening.
  useEffect(() => {
    document.documentElement.dataset.companion = 'live';
  }, []);
  return null;
}
