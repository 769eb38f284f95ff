import { useEffect, useState, type ComponentType } from 'react';
import { afterPageLive } from './deferredRegion';

/**
 * Mounts the reader companion (shortcuts, the offline worker, fresh stories)
 * once the page is live. Nothing of it is prerendered, so there is nothing to
 * hydrate: it simply appears when its chunk arrives, or never if it fails.
 */
export function ReaderCompanionSlot() {
  const [Companion, setCompanion] = useState<ComponentType | null>(null);
  useEffect(() => {
    afterPageLive(() => import('@/features/companion/ReaderCompanion'))
      .then((module) => {
        setCompanion(() => module.ReaderCompanion);
      })
      .catch(() => undefined);
  }, []);
  return Companion && <Companion />;
}
