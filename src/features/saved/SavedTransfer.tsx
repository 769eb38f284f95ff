import { useState, type ChangeEvent } from 'react';
import { addSavedArticles, type SavedArticle } from '@/features/reader-state/savedArticles';
import { downloadFile } from '@/lib/download';
import { formatCount } from '@/lib/plural';
import { parseJsonExport, toJsonExport, toNetscapeBookmarks } from './exportFormats';

type Props = { articles: SavedArticle[]; siteUrl: string; siteName: string; locale: string };

const buttonClass =
  'inline-flex min-h-11 cursor-pointer items-center rounded border-thin border-rule px-4 font-semibold hover:border-ink';

const ARTICLE = { one: 'article', other: 'articles' };

function describeImport(
  added: number,
  duplicates: number,
  rejected: { index: number; reason: string }[],
  locale: string,
) {
  const parts = [`Added ${formatCount(added, ARTICLE, locale)}.`];
  if (duplicates > 0) parts.push(`Skipped ${formatCount(duplicates, ARTICLE, locale)} already saved.`);
  if (rejected.length > 0)
    parts.push(
      `Rejected ${formatCount(rejected.length, { one: 'entry', other: 'entries' }, locale)} that could not be read:`,
    );
  return parts.join(' ');
}

/** Export the list (JSON, browser bookmarks) and import a JSON export back. */
export function SavedTransfer({ articles, siteUrl, siteName, locale }: Props) {
  const [report, setReport] = useState<{ summary: string; details: string[] } | null>(null);
  const date = new Date().toISOString().slice(0, 10);

  const handleImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseJsonExport(await file.text());
    if (parsed.error) {
      setReport({ summary: `Nothing was imported. ${parsed.error}`, details: [] });
      return;
    }
    const added = addSavedArticles(parsed.valid);
    setReport({
      summary: describeImport(added, parsed.valid.length - added, parsed.rejected, locale),
      details: parsed.rejected.map(({ index, reason }) => `Entry ${String(index + 1)}: ${reason}`),
    });
  };

  return (
    <section aria-labelledby="saved-transfer" className="mt-12 border-t border-rule pt-6 font-sans text-meta">
      <h2 id="saved-transfer" className="text-summary font-bold">
        Export and import
      </h2>
      <div className="mt-3 flex flex-wrap gap-3">
        <ExportButton
          isDisabled={articles.length === 0}
          onExport={() => {
            downloadFile(
              `broadsheet-saved-${date}.json`,
              'application/json',
              toJsonExport(articles, new Date()),
            );
          }}
        >
          Export as JSON
        </ExportButton>
        <ExportButton
          isDisabled={articles.length === 0}
          onExport={() => {
            downloadFile(
              `broadsheet-bookmarks-${date}.html`,
              'text/html',
              toNetscapeBookmarks(articles, siteUrl, `${siteName} saved articles`),
            );
          }}
        >
          Export as browser bookmarks
        </ExportButton>
        <label className={`${buttonClass} focus-within:outline-3 focus-within:outline-focus`}>
          Import JSON export…
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={(event) => void handleImport(event)}
          />
        </label>
      </div>
      <div role="status" className="mt-3">
        {report && (
          <>
            <p>{report.summary}</p>
            {report.details.length > 0 && (
              <ul className="mt-1 list-disc ps-5 text-muted">
                {report.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}

function ExportButton({
  isDisabled,
  onExport,
  children,
}: {
  isDisabled: boolean;
  onExport: () => void;
  children: string;
}) {
  return (
    <button
      type="button"
      disabled={isDisabled}
      className={`${buttonClass} disabled:cursor-not-allowed disabled:opacity-50`}
      onClick={onExport}
    >
      {children}
    </button>
  );
}
