import type { ArticleSummary } from '@/features/content/contract/schema';
import { CardSaveToggle } from '@/features/saved/CardSaveToggle';

/** Every headline card on every listing offers to save its article. */
export const renderSaveToggle = (summary: ArticleSummary) => <CardSaveToggle summary={summary} />;
