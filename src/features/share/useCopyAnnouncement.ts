import { useContext, useEffect } from 'react';
import { CopyAnnouncerContext } from './copyAnnouncerContext';

/**
 * Announces each new copy message through the shared region, if there is one.
 * Returns whether there is: if not, the message must be a live region itself.
 */
export function useCopyAnnouncement(message: string): boolean {
  const announce = useContext(CopyAnnouncerContext);
  useEffect(() => {
    if (message) announce?.(message);
  }, [announce, message]);
  return announce !== null;
}
