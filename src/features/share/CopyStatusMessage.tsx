import type { CopyStatus } from './useCopyFeedback';
import { useCopyAnnouncement } from './useCopyAnnouncement';

type Props = { status: CopyStatus; copiedText: string; failedText: string };

/**
 * The visible result of a copy. Screen readers hear it from the page's shared
 * status region where there is one; elsewhere it is a polite live region of
 * its own, in the page while empty: screen readers only announce changes to a
 * region they already know about.
 */
export function CopyStatusMessage({ status, copiedText, failedText }: Props) {
  const message = status === 'copied' ? copiedText : status === 'failed' ? failedText : '';
  const isAnnounced = useCopyAnnouncement(message);
  return (
    <span role={isAnnounced ? undefined : 'status'} className="font-sans text-control">
      {message && <span className="inline-block rounded bg-ink px-2 py-1 text-paper">{message}</span>}
    </span>
  );
}
