import { useState, type ReactNode } from 'react';
import { CopyAnnouncerContext, type Said } from './copyAnnouncerContext';

/**
 * One polite status region for every copy inside it: the paragraph links,
 * quote and share buttons show their result beside themselves, and a screen
 * reader hears it once, from here. It is in the page while empty, so screen
 * readers know it before anything is said.
 */
export function CopyAnnouncer({ children }: { children: ReactNode }) {
  // The setter is stable, so what reads the context never re-renders for it.
  const [said, say] = useState<Said>({ message: '', count: 0 });
  return (
    <CopyAnnouncerContext value={say}>
      {children}
      <p role="status" className="sr-only">
        {/* A new node each time, so the same words said twice are announced twice. */}
        {said.message && <span key={said.count}>{said.message}</span>}
      </p>
    </CopyAnnouncerContext>
  );
}
