import { useEffect, useState, useSyncExternalStore } from 'react';
import { hasHydrated, onceHydrated } from './hydration';

const subscribe = () => () => undefined;
const isNotHydrated = () => false;

/**
 * False while the server renders and while the browser hydrates that HTML,
 * true once the page is hydrated. What depends on the reader's clock, time
 * zone or storage switches on this, so hydration always matches the HTML.
 * A component hydrated with the page turns true in markHydrated's transition;
 * one mounted later (a client navigation) is true from its first render.
 */
export function useIsHydrated(): boolean {
  // The server snapshot while React hydrates this component; after that, the
  // same answer as long as the page is not hydrated, so no forced re-render.
  const isMountedLive = useSyncExternalStore(subscribe, hasHydrated, isNotHydrated);
  const [hasTurnedLive, setHasTurnedLive] = useState(false);
  useEffect(() => {
    if (isMountedLive) return undefined;
    return onceHydrated(() => {
      setHasTurnedLive(true);
    });
  }, [isMountedLive]);
  return isMountedLive || hasTurnedLive;
}
