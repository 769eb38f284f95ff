import { useEffect } from 'react';

/**
 * Calls `onRetry` once when the browser's connection comes back, so a page
 * that failed for want of one recovers without the reader's help. If that
 * try fails too, the page that shows the failure listens again.
 */
export function useRetryWhenOnline(onRetry: () => void, isEnabled = true) {
  useEffect(() => {
    if (!isEnabled) return;
    const handleOnline = () => {
      onRetry();
    };
    window.addEventListener('online', handleOnline, { once: true });
    return () => {
      window.removeEventListener('online', handleOnline);
    };
  }, [onRetry, isEnabled]);
}
