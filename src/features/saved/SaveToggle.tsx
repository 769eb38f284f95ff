import type { SavedArticle } from '@/features/reader-state/savedArticles';
import { removeSavedArticle, saveArticle } from '@/features/reader-state/savedArticles';
import { useIsSaved, useSavedState } from '@/features/reader-state/useReaderState';

type Props = {
  article: Omit<SavedArticle, 'savedAt'>;
  /** Cards show a compact toggle; the article page a labelled one. */
  isCompact?: boolean;
};

/**
 * A toggle button: pressed means the article is in the reader's saved list.
 * Its name stays "Save" either way, so a screen reader says "Save, toggle
 * button, pressed" rather than "Saved … pressed"; the fill shows the state.
 */
export function SaveToggle({ article, isCompact = false }: Props) {
  const isSaved = useIsSaved(article.id);
  // Without storage the list lives only as long as this tab: say so where the reader saves.
  const isTabOnly = useSavedState().health.kind === 'unavailable';
  const handleClick = () => {
    if (isSaved) removeSavedArticle(article.id);
    else saveArticle(article);
  };
  return (
    <button
      type="button"
      aria-pressed={isSaved}
      aria-label={isCompact ? `Save “${article.headline}”` : undefined}
      title={
        isTabOnly ? 'Saving is unavailable in this browser: the list lasts until this tab closes.' : undefined
      }
      onClick={handleClick}
      // A tap before the app is live is kept by index.html's early script and made once it is.
      data-replays-tap=""
      className={isCompact ? compactClass(isSaved) : labelledClass(isSaved)}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className={isCompact ? 'size-5' : 'size-4'}
        fill={isSaved ? 'currentColor' : 'none'}
      >
        <path
          d="M6 3h12v18l-6-4-6 4z"
          stroke="currentColor"
          strokeWidth={isCompact ? 1.75 : 2}
          strokeLinejoin="round"
        />
      </svg>
      {!isCompact && (isTabOnly ? 'Save (this tab only)' : 'Save')}
    </button>
  );
}

/** On a card: a light bookmark glyph, no border, in a 44 px target; the accent and filled once saved. */
const compactClass = (isSaved: boolean) =>
  `relative z-10 inline-flex min-h-11 min-w-11 items-center justify-center rounded-full ${
    isSaved ? 'text-accent' : 'text-muted hover:text-ink'
  }`;

/** On the article: a labelled button that fills once saved. */
const labelledClass = (isSaved: boolean) =>
  `relative z-10 inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-full border-thin px-4 font-sans text-control ${
    isSaved ? 'border-ink bg-ink text-paper' : 'border-rule hover:border-ink hover:bg-surface'
  }`;
