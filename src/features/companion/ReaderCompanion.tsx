import { useEffect } from 'react';
import { useDataSaverAttribute } from '@/features/data-saver/useDataSaverAttribute';
import { useHeldImages } from '@/features/data-saver/useHeldImages';
import { useOfflineSync } from '@/features/offline/useOfflineSync';
import { UpdatePrompt } from '@/features/offline-worker/UpdatePrompt';
import { FreshStories } from '@/features/fresh-stories/FreshStories';
import { KeyboardShortcuts } from '@/features/shortcuts/KeyboardShortcuts';
import { useNewStoryCounts } from '@/features/following/useNewStoryCounts';

/**
 * What runs beside every page once it is interactive and never shows in its
 * prerendered HTML: keeping saved articles stored for offline reading, the
 * data saver's held images, the followed sections' "N new", keyboard
 * shortcuts, the offline worker's update prompt and the check for fresh
 * stories. One chunk, fetched after the page is live, so
 * none of it weighs on the page's first script.
 */
export function ReaderCompanion() {
  useOfflineSync();
  useDataSaverAttribute();
  useHeldImages();
  useNewStoryCounts();
  // For tests and the benchmark: the shortcuts and the rest are listening.
  useEffect(() => {
    document.documentElement.dataset.companion = 'live';
  }, []);
  return (
    <>
      <KeyboardShortcuts />
      <UpdatePrompt />
      <FreshStories />
    </>
  );
}
