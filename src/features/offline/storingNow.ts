/**
 * The articles this tab is storing right now: a moment's state, never
 * persisted, read by /saved through useSyncExternalStore.
 */
let storing: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

export const storingNow = {
  getSnapshot: () => storing,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  set: (id: string, isStoring: boolean) => {
    const next = new Set(storing);
    if (isStoring) next.add(id);
    else next.delete(id);
    storing = next;
    for (const listener of listeners) listener();
  },
};
