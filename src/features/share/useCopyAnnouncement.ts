import { useContext, useEffect } from 'react';
import { CopyAnnouncerContext } from './copyAnnouncerContext';

/**
 * Announces each new copy message through the shared region, if there is one.
 * Returns whether there is: if not, the message must be a live region itself.
 */
export function useCopyAnnouncement(message: string): boolean {
  const say = useContext(CopyAnnouncerContext);
  useEffect(() => {
    if (message) say?.(({ count }) => ({ message, count: count + 1 }));
  }, [say, message]);
  return say !== null;
}
