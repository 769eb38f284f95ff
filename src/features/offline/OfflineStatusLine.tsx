import { useRef, useState } from 'react';
import { formatBytes } from './formatBytes';
import type { OfflineStatus } from './useOfflineCopies';

type Props = {
  headline: string;
  status: OfflineStatus;
  /** Resolves true when the article is now stored. */
  onRetry: () => Promise<boolean>;
};

/** One saved article's offline copy, under its dates on /saved. */
export function OfflineStatusLine({ headline, status, onRetry }: Props) {
  const lineRef = useRef<HTMLParagraphElement>(null);
  const [isRetrying, setIsRetrying] = useState(false);

  // Retry goes away once it worked: focus moves to the line that now says so, not to the page.
  const handleRetry = async () => {
    setIsRetrying(true);
    const isStored = await onRetry();
    setIsRetrying(false);
    if (isStored) lineRef.current?.focus();
  };

  return (
    <div className="mt-1 flex min-h-5 flex-wrap items-center gap-x-3 font-sans text-meta">
      <p ref={lineRef} tabIndex={-1} className={status.kind === 'failed' ? '' : 'text-muted'}>
        {status.kind === 'stored' && <>Available offline · {formatBytes(status.bytes)}</>}
        {status.kind === 'storing' && <>Saving for offline reading…</>}
        {status.kind === 'failed' && <>Not available offline — couldn’t store it: {status.reason}.</>}
      </p>
      {(status.kind === 'failed' || isRetrying) && (
        <button
          type="button"
          aria-disabled={isRetrying}
          aria-label={`Retry storing “${headline}” for offline reading`}
          onClick={() => {
            if (!isRetrying) void handleRetry();
          }}
          className="inline-flex min-h-11 items-center font-semibold text-accent underline"
        >
          Retry
        </button>
      )}
    </div>
  );
}
