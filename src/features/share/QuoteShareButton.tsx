import { CopyFallback } from './CopyFallback';
import { CopyStatusMessage } from './CopyStatusMessage';
import { useCopyFeedback } from './useCopyFeedback';
import { useNativeShare } from './useNativeShare';

type Props = {
  quote: string;
  attribution?: string;
  /** Opens the article at the quote; the caller chooses a text fragment or an anchor. */
  url: string;
};

/** Shares one quote with its source: through the share sheet where there is one, else by copying. */
export function QuoteShareButton({ quote, attribution, url }: Props) {
  const share = useNativeShare();
  const feedback = useCopyFeedback();
  const text = attribution ? `“${quote}” — ${attribution}` : `“${quote}”`;
  const copyable = `${text}\n${url}`;

  async function handleClick() {
    // A broken share sheet falls through to copying; a dismissed one does not.
    if (share && (await share({ text, url })) !== 'failed') return;
    await feedback.copy(copyable);
  }

  return (
    // Not part of the article's text in the search index.
    <div className="flex flex-wrap items-center gap-2" data-pagefind-ignore>
      <button
        type="button"
        onClick={() => void handleClick()}
        className="inline-flex min-h-11 items-center gap-1.5 rounded-full border-thin border-rule px-3 font-sans text-control text-muted transition-colors hover:border-ink hover:text-ink"
      >
        <span aria-hidden="true" className="font-serif text-summary leading-none text-accent">
          “
        </span>
        Share quote
      </button>
      <CopyStatusMessage
        status={feedback.status}
        copiedText="Quote copied"
        failedText="Copy failed — select the quote below"
      />
      {feedback.status === 'failed' && (
        <CopyFallback
          value={copyable}
          label="Quote and link"
          onFocus={feedback.pause}
          onBlur={feedback.resume}
        />
      )}
    </div>
  );
}
