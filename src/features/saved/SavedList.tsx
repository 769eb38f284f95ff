import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from '@/ui/Link';
import { ContentImage } from '@/features/content/ContentImage';
import {
  removeSavedArticle,
  restoreSavedArticle,
  type SavedArticle,
} from '@/features/reader-state/savedArticles';
import { formatDate } from '@/lib/dates';

type Props = {
  articles: SavedArticle[];
  locale: string;
  /** Shown instead of the list; the undo stays available after the last removal. */
  emptyState: ReactNode;
  /** More about an entry, under its dates (whether it can be read offline). */
  renderDetails?: (article: SavedArticle) => ReactNode;
};

/** The saved articles, newest first, each with a remove button that can be undone. */
export function SavedList({ articles, locale, emptyState, renderDetails }: Props) {
  const [lastRemoved, setLastRemoved] = useState<SavedArticle | null>(null);
  const focusNext = useFocusAfterRender();

  // The removed item's button goes with it; without a new home focus would fall to <body>.
  // Undo is where it goes: the next thing a reader who removed by mistake needs, the same
  // place whichever item (the last one too) was removed, and announced with what was removed.
  const handleRemove = (article: SavedArticle) => {
    removeSavedArticle(article.id);
    setLastRemoved(article);
    focusNext('[data-undo]');
  };
  // Undo takes the reader back to where they were: the restored item's Remove.
  const handleUndo = () => {
    if (lastRemoved) {
      restoreSavedArticle(lastRemoved);
      focusNext(`[data-remove="${CSS.escape(lastRemoved.id)}"]`);
    }
    setLastRemoved(null);
  };

  return (
    <>
      <div role="status" className="mt-4 min-h-11 font-sans text-meta">
        {lastRemoved && (
          <p className="flex flex-wrap items-center gap-3 rounded border-thin border-rule bg-surface px-3 py-1">
            <span>Removed “{lastRemoved.headline}”.</span>
            <button
              type="button"
              data-undo
              onClick={handleUndo}
              className="min-h-11 font-semibold text-accent underline"
            >
              Undo
            </button>
          </p>
        )}
      </div>
      {articles.length === 0 && emptyState}
      <ul
        aria-label="Saved articles"
        className={articles.length === 0 ? 'hidden' : 'mt-2 divide-y divide-rule'}
      >
        {articles.map((article) => (
          // minmax(0, …): a long word in large text wraps in its column instead of pushing Remove off the screen.
          <li
            key={article.id}
            className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-4 py-5 sm:grid-cols-[8rem_minmax(0,1fr)_auto]"
          >
            {article.image ? (
              <div className="hidden sm:block">
                <ContentImage
                  src={article.image.src}
                  alt=""
                  width={article.image.width}
                  height={article.image.height}
                  sizes="8rem"
                />
              </div>
            ) : (
              <div className="hidden sm:block" />
            )}
            <div>
              {article.sectionTitle && (
                <p className="mb-1 font-sans text-kicker text-accent uppercase">{article.sectionTitle}</p>
              )}
              <h2 className="font-serif text-headline-card font-bold">
                <Link to={article.path} className="hover:underline">
                  {article.headline}
                </Link>
              </h2>
              <p className="mt-1 font-sans text-meta text-muted">
                {article.publishedAt && <>Published {formatDate(article.publishedAt, locale)} · </>}
                Saved {formatDate(new Date(article.savedAt).toISOString(), locale)}
              </p>
              {renderDetails?.(article)}
            </div>
            <button
              type="button"
              onClick={() => {
                handleRemove(article);
              }}
              data-remove={article.id}
              aria-label={`Remove “${article.headline}” from saved articles`}
              className="inline-flex min-h-11 items-center rounded border-thin border-rule px-3 font-sans text-control hover:border-ink"
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Focuses the element a selector names once the render that brings it has
 * happened: it may only appear after the store and the list have caught up.
 */
function useFocusAfterRender() {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    const target = document.querySelector<HTMLElement>(pending.current);
    if (!target) return;
    pending.current = null;
    target.focus();
  });
  return (selector: string) => {
    pending.current = selector;
  };
}
