import type { ReactNode } from 'react';
import { formatShareCount, shareLinks } from '@/lib/shareLinks';
import { CopyFallback } from './CopyFallback';
import { CopyStatusMessage } from './CopyStatusMessage';
import { pillClass } from './pillClass';
import { ShareIcon } from './ShareIcon';
import { ShareMenu } from './ShareMenu';
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
  /** Controls that follow the share control in the row, such as the save toggle. */
  trailing?: ReactNode;
  /**
   * One short row for the top of the article: Share (the device's sheet, or a
   * menu of copy and networks), the trailing controls, the share count. The
   * full bar lays every network out.
   */
  isCompact?: boolean;
};

/** Ways to pass an article on: the device's share sheet where it has one, a copyable link, the big networks. */
export function ShareBar({
  url,
  title,
  text,
  shareCount,
  locale,
  label,
  trailing,
  isCompact = false,
}: Props) {
  const share = useNativeShare();
  const feedback = useCopyFeedback();
  const links = shareLinks({ url, title, text });

  async function handleShare() {
    if (!share) return;
    // If the share sheet itself breaks, the link on the clipboard is the next best thing.
    if ((await share({ title, text, url })) === 'failed') await feedback.copy(url);
  }

  const handleCopy = () => void feedback.copy(url);

  const nativeShareButton = share && (
    <button type="button" onClick={() => void handleShare()} className={pillClass}>
      <ShareIcon name="share" />
      Share
    </button>
  );
  const copyButton = (
    <button type="button" onClick={handleCopy} className={pillClass}>
      <ShareIcon name="link" />
      Copy link
    </button>
  );

  return (
    <section aria-label={label}>
      <div className="relative flex flex-wrap items-center gap-2">
        {isCompact ? (nativeShareButton ?? <ShareMenu links={links} onCopy={handleCopy} />) : null}
        {trailing}
        {!isCompact && nativeShareButton}
        {!isCompact && copyButton}
        {shareCount !== undefined && (
          <p className="ms-auto font-sans text-meta text-muted">{formatShareCount(shareCount, locale)}</p>
        )}
        {/* Floats under the row's start, so the message never pushes the row onto two lines. */}
        <div className="pointer-events-none absolute start-0 top-full z-20 mt-1">
          <CopyStatusMessage
            status={feedback.status}
            copiedText="Link copied"
            failedText="Copy failed — select the address below"
          />
        </div>
      </div>
      {feedback.status === 'failed' && (
        <div className="mt-3">
          <CopyFallback
            value={url}
            label="Article address"
            onFocus={feedback.pause}
            onBlur={feedback.resume}
          />
        </div>
      )}
      {!isCompact && (
        <div className="mt-3">
          <ShareNetworkList links={links} />
        </div>
      )}
    </section>
  );
}
