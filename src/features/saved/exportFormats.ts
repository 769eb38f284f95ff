import * as v from 'valibot';
import { slugSchema } from '@/features/content/contract/fieldSchemas';
import type { SavedArticle } from '@/features/reader-state/savedArticles';
import { absoluteUrl } from '@/features/content/contract/siteAddress';

/**
 * One article of an imported file, with a reason for each wrong field. The
 * store itself checks what it reads back with `readSavedArticle`, which gives
 * the same answers (a property test holds them together).
 */
export const savedArticleSchema = v.object({
  id: slugSchema,
  path: v.pipe(v.string(), v.startsWith('/')),
  headline: v.pipe(v.string(), v.nonEmpty()),
  sectionTitle: v.optional(v.string()),
  publishedAt: v.optional(v.string()),
  image: v.optional(v.object({ src: v.string(), alt: v.string(), width: v.number(), height: v.number() })),
  savedAt: v.number(),
}) satisfies v.GenericSchema<unknown, SavedArticle>;

/** The JSON export: self-describing, so an import can tell it from any other JSON. */
export const EXPORT_FORMAT = 'broadsheet-saved-articles';
export const EXPORT_VERSION = 2;

export function toJsonExport(articles: SavedArticle[], exportedAt: Date): string {
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: exportedAt.toISOString(), articles },
    null,
    2,
  );
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${String(char.charCodeAt(0))};`);

/** The Netscape bookmark file format, which every desktop browser imports. */
export function toNetscapeBookmarks(articles: SavedArticle[], siteUrl: string, folderName: string): string {
  const links = articles.map((article) => {
    const href = absoluteUrl(siteUrl, article.path);
    const added = String(Math.floor(article.savedAt / 1000));
    return `        <DT><A HREF="${escapeHtml(href)}" ADD_DATE="${added}">${escapeHtml(article.headline)}</A>`;
  });
  return [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file. -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Bookmarks</TITLE>',
    '<H1>Bookmarks</H1>',
    '<DL><p>',
    `    <DT><H3>${escapeHtml(folderName)}</H3>`,
    '    <DL><p>',
    ...links,
    '    </DL><p>',
    '</DL><p>',
    '',
  ].join('\n');
}

export type ImportReport = {
  /** Valid entries found in the file, before duplicates are skipped. */
  valid: SavedArticle[];
  rejected: { index: number; reason: string }[];
  /** Set when the file as a whole could not be used. */
  error?: string;
};

const exportEnvelopeSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.number(),
  articles: v.array(v.unknown()),
});

/** Reads a JSON export: each article is checked on its own, so one bad entry does not sink the rest. */
export function parseJsonExport(text: string): ImportReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { valid: [], rejected: [], error: 'The file is not valid JSON.' };
  }
  const envelope = v.safeParse(exportEnvelopeSchema, data);
  if (!envelope.success) {
    return { valid: [], rejected: [], error: 'The file is not a Broadsheet saved-articles export.' };
  }
  if (envelope.output.version > EXPORT_VERSION) {
    return { valid: [], rejected: [], error: 'The file was made by a newer version of Broadsheet.' };
  }
  const report: ImportReport = { valid: [], rejected: [] };
  envelope.output.articles.forEach((candidate, index) => {
    const article = v.safeParse(savedArticleSchema, candidate);
    if (article.success) {
      report.valid.push(article.output);
      return;
    }
    const [issue] = article.issues;
    const field = issue.path?.map((item) => String(item.key)).join('.') ?? 'entry';
    report.rejected.push({ index, reason: `${field}: ${issue.message}` });
  });
  return report;
}
