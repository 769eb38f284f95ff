import { useState } from 'react';
import type { SavedArticle } from '@/features/reader-state/savedArticles';
import { copyOf } from './offlineCopies';
import { requestReconcile } from './offlineSync';
import { useOfflineCopies } from './useOfflineCopies';

export type Announcement = { message: string; at: number };

/**
 * /saved's view of the offline copies: each article's status, the space they
 * take, and Retry, which says once that it is trying and once how it went.
 */
export function useOfflineReading(articles: readonly SavedArticle[]) {
  const copies = useOfflineCopies(articles.map((article) => article.id));
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const say = (message: string) => {
    setAnnouncement({ message, at: Date.now() });
  };

  /** Tries one article again; resolves true when it is now stored. */
  const retry = async (article: SavedArticle): Promise<boolean> => {
    say(`Trying again to keep “${article.headline}” for offline reading…`);
    await requestReconcile(new Set([article.id]));
    const copy = copyOf(article.id);
    if (copy?.kind === 'stored') {
      say(`“${article.headline}” is now available offline.`);
      return true;
    }
    say(
      `“${article.headline}” still couldn’t be stored${copy?.kind === 'failed' ? `: ${copy.reason}` : ''}.`,
    );
    return false;
  };
  return { ...copies, retry, announcement };
}
