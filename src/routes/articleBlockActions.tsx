import type { BlockActions } from '@/features/article-body/BlockActionsContext';
import { ParagraphLinkButton } from '@/features/share/ParagraphLinkButton';
import { QuoteShareButton } from '@/features/share/QuoteShareButton';
import { supportsTextFragments, textFragmentUrl } from '@/lib/shareLinks';

/**
 * Every paragraph gets a link to itself; every pull quote a share action whose
 * link opens the article at the quote: a text fragment where the browser
 * understands one, the quote's anchor otherwise.
 */
export function articleBlockActions(articleUrl: string): BlockActions {
  return {
    paragraph: (block) => <ParagraphLinkButton url={`${articleUrl}#${block.anchor}`} />,
    pullquote: (block) => (
      <QuoteShareButton
        quote={block.text}
        attribution={block.attribution}
        url={
          supportsTextFragments() ? textFragmentUrl(articleUrl, block.text) : `${articleUrl}#${block.anchor}`
        }
      />
    ),
  };
}
