import type { BlockActions } from '@/features/article-body/BlockActionsContext';
import type { Block } from '@/features/content/contract/schema';
import { ParagraphLinkButton } from '@/features/share/ParagraphLinkButton';
import { QuoteShareButton } from '@/features/share/QuoteShareButton';
import { supportsTextFragments, textFragmentUrl } from '@/lib/shareLinks';

/**
 * Every paragraph gets a link to itself, named by its place in the article; every pull quote a share action whose
 * link opens the article at the quote: a text fragment where the browser
 * understands one, the quote's anchor otherwise.
 */
export function articleBlockActions(articleUrl: string, body: Block[]): BlockActions {
  const paragraphs = body.flatMap((block) => (block.type === 'paragraph' ? [block.anchor] : []));
  return {
    paragraph: (block) => (
      <ParagraphLinkButton
        url={`${articleUrl}#${block.anchor}`}
        paragraph={paragraphs.indexOf(block.anchor) + 1}
      />
    ),
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
