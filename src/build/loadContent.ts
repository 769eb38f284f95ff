import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { describeIssues } from '../features/content/contract/describeIssue.ts';
import { articleSchema, siteSchema, type SiteSource } from '../features/content/contract/schema.ts';
import { findSectionCycle } from '../features/content/contract/sectionTree.ts';

type ParsedArticle = v.InferOutput<typeof articleSchema>;
export type LoadedContent = { site: SiteSource; articles: ParsedArticle[] };

/** Paths the app routes itself; a section must not take them. */
const RESERVED_SECTION_IDS = new Set(['saved', 'search', 'content', 'assets']);

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

function checkSite(site: SiteSource, problems: string[]) {
  const ids = new Set<string>();
  for (const section of site.sections) {
    if (ids.has(section.id)) problems.push(`site.json: sections: duplicate section id "${section.id}"`);
    if (RESERVED_SECTION_IDS.has(section.id)) {
      problems.push(`site.json: sections: "${section.id}" is reserved for the app's own pages`);
    }
    ids.add(section.id);
  }
  for (const section of site.sections) {
    if (section.parent !== undefined && !ids.has(section.parent)) {
      problems.push(`site.json: sections: "${section.id}" has unknown parent "${section.parent}"`);
    }
  }
  const cycle = findSectionCycle(site.sections);
  if (cycle) problems.push(`site.json: sections: section cycle through "${cycle}"`);
}

/**
 * Reads and validates every source file, collecting all problems before failing,
 * so a publisher sees every mistake in one run.
 */
export async function loadContent(contentDir: string): Promise<LoadedContent> {
  const problems: string[] = [];
  const siteData = await readJson(path.join(contentDir, 'site.json'), 'site.json', problems);
  const site = siteData === undefined ? undefined : validate(siteSchema, siteData, 'site.json', problems);
  if (site) checkSite(site, problems);

  const articlesDir = path.join(contentDir, 'articles');
  const files = (await readdir(articlesDir).catch(() => [])).filter((file) => file.endsWith('.json')).sort();
  const articles: ParsedArticle[] = [];
  const fileById = new Map<string, string>();
  const sectionIds = new Set(site?.sections.map((section) => section.id));

  for (const file of files) {
    const label = `articles/${file}`;
    const data = await readJson(path.join(articlesDir, file), label, problems);
    if (data === undefined) continue;
    const article = validate(articleSchema, data, label, problems);
    if (!article) continue;
    const expectedId = file.slice(0, -'.json'.length);
    if (article.id !== expectedId) {
      problems.push(
        `${label}: id: expected "${expectedId}" to match the file name, received "${article.id}"`,
      );
    }
    const earlier = fileById.get(article.id);
    if (earlier)
      problems.push(`${label}: id: duplicate id "${article.id}", also used by articles/${earlier}`);
    fileById.set(article.id, file);
    if (site && !sectionIds.has(article.section)) {
      problems.push(
        `${label}: section: unknown section "${article.section}", expected one of ${[...sectionIds].join(', ')}`,
      );
    }
    articles.push(article);
  }
  if (files.length === 0) problems.push('articles/: no article files found');

  if (problems.length > 0 || !site) throw new ContentError(problems);
  return { site, articles };
}
