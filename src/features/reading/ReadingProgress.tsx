import { ContinueReadingOffer } from './ContinueReadingOffer';
import { useReadingProgress } from './useReadingProgress';

type Props = { articleId: string; offersToContinue: boolean };

/**
 * Keeps where the reader is in the article and, in a long one, offers to
 * continue from their last visit. Nothing of it is in the prerendered page
 * (the reading state is the browser's), so its code loads once the page is
 * interactive (lazyRoutes.ts).
 */
export function ReadingProgress({ articleId, offersToContinue }: Props) {
  const previous = useReadingProgress(articleId);
  return offersToContinue ? <ContinueReadingOffer previous={previous} /> : null;
}
