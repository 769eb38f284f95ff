import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/** Long enough to read, short enough not to linger next to a button the reader has left. */
export const FEEDBACK_MS = 4000;

/**
 * Copies text and reports how it went for a few seconds. `pause` and `resume`
 * hold the report while the reader is using it (the fallback field after a
 * failed copy), so it never disappears from under them.
 */
export function useCopyFeedback() {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<number | undefined>(undefined);

  const pause = useCallback(() => {
    window.clearTimeout(timer.current);
  }, []);

  const resume = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      setStatus('idle');
    }, FEEDBACK_MS);
  }, []);

  useEffect(() => pause, [pause]);

  const copy = useCallback(
    async (text: string) => {
      pause();
      // Passing through idle empties the live region, so a repeated
      // "Link copied" is announced again rather than swallowed.
      setStatus('idle');
      // The clipboard code loads on the first copy, not with every article.
      const { copyText } = await import('@/lib/clipboard');
      setStatus((await copyText(text)) ? 'copied' : 'failed');
      resume();
    },
    [pause, resume],
  );

  return { status, copy, pause, resume };
}
