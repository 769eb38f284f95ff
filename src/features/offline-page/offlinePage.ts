import { listSavedArticles, savedStore, type SavedArticle } from '@/features/reader-state/savedArticles';
import { siteHref } from '@/lib/basePath';

/**
 * The offline page's own script, instead of the app's (see
 * OfflineSavedArticles.tsx): lists the saved articles, newest first, each
 * marked ready when its page is in the browser's caches.
 */

/** Whether the article's page is stored on this device (saved for offline reading). */
async function isStored(article: SavedArticle): Promise<boolean> {
  if (!('caches' in window)) return false;
  return caches.match(siteHref(article.path)).then(
    (response) => response !== undefined,
    () => false,
  );
}

function listItem(article: SavedArticle, stored: boolean): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'py-4';
  const link = document.createElement('a');
  link.href = siteHref(article.path);
  link.textContent = article.headline;
  link.className = 'font-serif text-headline-card font-bold underline decoration-rule underline-offset-4';
  const note = document.createElement('p');
  note.className = 'mt-1 font-sans text-meta text-muted';
  const section = article.sectionTitle ? `${article.sectionTitle} · ` : '';
  note.textContent =
    section + (stored ? 'Ready to read offline' : 'Saved, but not stored for offline reading');
  item.append(link, note);
  return item;
}

async function showSavedArticles() {
  const articles = listSavedArticles(savedStore.getSnapshot().data);
  if (articles.length === 0) return;
  const stored = await Promise.all(articles.map(isStored));
  const list = document.querySelector('[data-offline-list]');
  list?.replaceChildren(...articles.map((article, index) => listItem(article, stored[index] ?? false)));
  document.querySelector('[data-offline-none]')?.setAttribute('hidden', '');
  document.querySelector('[data-offline-some]')?.removeAttribute('hidden');
}

void showSavedArticles();
