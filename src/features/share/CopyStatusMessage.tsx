import type { CopyStatus } from './useCopyFeedback';

type Props = { status: CopyStatus; copiedText: string; failedText: string };

/**
 * The visible result of a copy, which is also a polite live region. It stays
 * in the page while empty: screen readers only announce changes to a region
 * they already know about.
 */
export function CopyStatusMessage({ status, copiedText, failedText }: Props) {
  const message = status === 'copied' ? copiedText : status === 'failed' ? failedText : '';
  return (
    <span role="status" className="font-sans text-control">
      {message && <span className="inline-block rounded bg-ink px-2 py-1 text-paper">{message}</span>}
    </span>
  );
}
