import type { ReactNode } from 'react';
import { formatShareCount, shareLinks } from '@/lib/shareLinks';
import { CopyFallbackField } from './CopyFallbackField';
import { CopyStatusMessage } from './CopyStatusMessage';
import { pillClass } from './pillClass';
import { ShareIcon } from './ShareIcon';
import { ShareNetworkList } from './ShareNetworkList';
import { useCopyFeedback } from './useCopyFeedback';
import { useNativeShare } from './useNativeShare';

type Props = {
  url: string;
  title: string;
  text?: string;
  shareCount?: number;
  locale: string;
  /** Names the region for screen readers; the top and foot bars need different names. */
  label: string;
  /** Controls the page puts first in the row, such as the save toggle. */
  leading?: ReactNode;
  /** Folds the network links into a disclosure, to keep the top of the article short. */
  isCompact?: boolean;
};

/** Ways to pass an article on: the device's share sheet where it has one, a copyable link, the big networks. */
export function ShareBar({ url, title, text, shareCount, locale, label, leading, isCompact = false }: Props) {
  const share = useNativeShare();
  const feedback = useCopyFeedback();

  async function handleShare() {
    if (!share) return;
    // If the share sheet itself breaks, the link on the clipboard is the next best thing.
    if ((await share({ title, text, url })) === 'failed') await feedback.copy(url);
  }

  return (
    <section aria-label={label} className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        {leading}
        {shareCount !== undefined && (
          <p className="mr-2 font-sans text-sm font-semibold text-muted">
            {formatShareCount(shareCount, locale)}
          </p>
        )}
        {share && (
          <button type="button" onClick={() => void handleShare()} className={pillClass}>
            <ShareIcon name="share" />
            Share…
          </button>
        )}
        <button type="button" onClick={() => void feedback.copy(url)} className={pillClass}>
          <ShareIcon name="link" />
          Copy link
        </button>
        <CopyStatusMessage
          status={feedback.status}
          copiedText="Link copied"
          failedText="Copy failed — select the address below"
        />
      </div>
      {feedback.status === 'failed' && (
        <CopyFallbackField
          value={url}
          label="Article address"
          onFocus={feedback.pause}
          onBlur={feedback.resume}
        />
      )}
      {isCompact ? (
        <details className="group">
          <summary
            className={`${pillClass} w-fit cursor-pointer list-none [&::-webkit-details-marker]:hidden`}
          >
            More ways to share
            <span aria-hidden="true" className="transition-transform group-open:rotate-180">
              ▾
            </span>
          </summary>
          <div className="mt-3">
            <ShareNetworkList links={shareLinks({ url, title, text })} />
          </div>
        </details>
      ) : (
        <ShareNetworkList links={shareLinks({ url, title, text })} />
      )}
    </section>
  );
}
