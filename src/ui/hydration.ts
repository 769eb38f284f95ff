import { startTransition } from 'react';

let isHydrated = false;
const waiting = new Set<() => void>();

/** Whether the page the server rendered has been hydrated (or the app rendered without it). */
export function hasHydrated(): boolean {
  return isHydrated;
}

/**
 * The first page is hydrated: what waited for it (components that show the
 * reader's own state, see useIsHydrated) updates now, in one transition.
 * A transition, because a synchronous update reaching a part of the page
 * React has not hydrated yet would make it hydrate that part in one long
 * task, or discard its HTML and render it afresh (error 421).
 */
export function markHydrated() {
  if (isHydrated) return;
  isHydrated = true;
  const callbacks = [...waiting];
  waiting.clear();
  startTransition(() => {
    for (const callback of callbacks) callback();
  });
}

/**
 * Calls `callback` inside markHydrated's transition (in a transition of its
 * own if that has passed already); returns a function that cancels it.
 */
export function onceHydrated(callback: () => void): () => void {
  if (isHydrated) {
    startTransition(callback);
    return () => undefined;
  }
  waiting.add(callback);
  return () => waiting.delete(callback);
}
