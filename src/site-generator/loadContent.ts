import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { describeIssues } from '../features/content/contract/describeIssue.ts';
import {
  articleSchema,
  siteSchema,
  type Article,
  type SiteSource,
} from '../features/content/contract/schema.ts';
import { unsafeCharacters } from '../features/content/contract/text.ts';

export type LoadedContent = { site: SiteSource; articles: Article[]; warnings: string[] };
/** A source file as read: its name from the content folder and its parsed JSON (undefined when unreadable). */
export type SourceFile = { label: string; data: unknown };

/** A content problem the publisher must fix; its message lists every problem found, one a line. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Content has ${String(problems.length)} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  ${problem}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

async function readJson(file: string, label: string, problems: string[]): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    problems.push(`${label}: cannot be read (is it missing?)`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push(`${label}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

function validate<T extends v.GenericSchema>(schema: T, data: unknown, label: string, problems: string[]) {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  for (const { path: where, message } of describeIssues(result.issues)) {
    problems.push(`${label}: ${where}: ${message}`);
  }
  return undefined;
}

/** Every string in a source that the contract mends by replacing characters, with its JSON path. */
function replacedCharacters(data: unknown, label: string, where = ''): string[] {
  if (typeof data === 'string') {
    const found = unsafeCharacters(data);
    if (found.length === 0) return [];
    return [
      `${label}: ${where || '(document)'}: replaced ${found.join(', ')} with U+FFFD; no page or feed can carry it`,
    ];
  }
  if (Array.isArray(data)) {
    return data.flatMap((item: unknown, index) =>
      replacedCharacters(item, label, `${where}[${String(index)}]`),
    );
  }
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) =>
      replacedCharacters(value, label, where ? `${where}.${key}` : key),
    );
  }
  return [];
}

/** The section an article names, read from the raw data so it is checked even when other fields fail. */
function claimedSection(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object' || !('section' in data)) return undefined;
  return typeof data.section === 'string' ? data.section : undefined;
}

/**
 * Validates the site and every article, collecting all problems before
 * failing, so a publisher sees every mistake in one run. `site` is undefined
 * when site.json could not be read (already reported).
 */
export function checkSources(site: SourceFile | undefined, articleFiles: readonly SourceFile[]) {
  const problems: string[] = [];
  const warnings: string[] = [];
  const validSite = site && validate(siteSchema, site.data, site.label, problems);
  if (site) warnings.push(...replacedCharacters(site.data, site.label));
  const sectionIds = new Set(validSite?.sections.map((section) => section.id));
  const fileById = new Map<string, string>();
  const articles: Article[] = [];

  for (const { label, data } of articleFiles) {
    warnings.push(...replacedCharacters(data, label));
    const section = claimedSection(data);
    if (validSite && section !== undefined && !sectionIds.has(section)) {
      problems.push(
        `${label}: section: unknown section "${section}", expected one of ${[...sectionIds].join(', ')}`,
      );
    }
    const article = validate(articleSchema, data, label, problems);
    if (!article) continue;
    const expectedId = path.basename(label, '.json');
    if (article.id !== expectedId) {
      problems.push(
        `${label}: id: expected "${expectedId}" to match the file name, received "${article.id}"`,
      );
    }
    const earlier = fileById.get(article.id);
    if (earlier) problems.push(`${label}: id: duplicate id "${article.id}", also used by ${earlier}`);
    fileById.set(article.id, label);
    articles.push(article);
  }
  return { site: validSite, articles, problems, warnings };
}

/** Reads every source file of the content folder and checks it; throws a ContentError listing every problem. */
export async function loadContent(contentDir: string): Promise<LoadedContent> {
  const problems: string[] = [];
  const siteData = await readJson(path.join(contentDir, 'site.json'), 'site.json', problems);
  const articlesDir = path.join(contentDir, 'articles');
  const files = (await readdir(articlesDir).catch(() => [])).filter((file) => file.endsWith('.json')).sort();
  if (files.length === 0) problems.push('articles/: no article files found');
  const articleFiles: SourceFile[] = [];
  for (const file of files) {
    const label = `articles/${file}`;
    const data = await readJson(path.join(articlesDir, file), label, problems);
    if (data !== undefined) articleFiles.push({ label, data });
  }

  const site = siteData === undefined ? undefined : { label: 'site.json', data: siteData };
  const checked = checkSources(site, articleFiles);
  problems.push(...checked.problems);
  if (problems.length > 0 || !checked.site) throw new ContentError(problems);
  return { site: checked.site, articles: checked.articles, warnings: checked.warnings };
}
