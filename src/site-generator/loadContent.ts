import path from 'node:path';
import * as v from 'valibot';
import { describeIssues } from '../features/content/contract/describeIssue.ts';
import {
  articleSchema,
  pageSchema,
  siteSchema,
  type Article,
  type Page,
  type SiteSource,
} from '../features/content/contract/schema.ts';
import { unsafeCharacters } from '../features/content/contract/text.ts';
import { unknownAuthors } from './authorChecks.ts';
import { readSources, type KnownArticle, type SourceFile } from './contentSources.ts';
import { listedArticle, type CheckedArticle } from './listedArticle.ts';
import { pullQuoteEchoes } from './pullQuoteEchoes.ts';

export type LoadedContent = { site: SiteSource; articles: Article[]; pages: Page[]; warnings: string[] };

/** "Content has 2 problems:" and the problems, one an indented line: how every tool reports them. */
export function problemList(problems: readonly string[]): string {
  return (
    `Content has ${String(problems.length)} problem${problems.length === 1 ? '' : 's'}:\n` +
    problems.map((problem) => `  ${problem}`).join('\n')
  );
}

/** A content problem the publisher must fix; its message lists every problem found, one a line. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(problemList(problems));
    this.name = 'ContentError';
  }
}

/** `data` as `schema` makes it, or undefined with a line `label: path: message` added for each issue. */
export function validate<T extends v.GenericSchema>(
  schema: T,
  data: unknown,
  label: string,
  problems: string[],
) {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  for (const { path: where, message } of describeIssues(result.issues)) {
    problems.push(`${label}: ${where}: ${message}`);
  }
  return undefined;
}

/**
 * Every string in a source that the contract mends by replacing characters,
 * with its JSON path. Walks without building a path or a list for the strings
 * that need nothing, which are nearly all of an archive's.
 */
function replacedCharacters(data: unknown, label: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown, where: () => string) => {
    if (typeof value === 'string') {
      const characters = unsafeCharacters(value);
      if (characters.length > 0) {
        found.push(
          `${label}: ${where() || '(document)'}: replaced ${characters.join(', ')} with U+FFFD; no page or feed can carry it`,
        );
      }
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        visit(item, () => `${where()}[${String(index)}]`);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        visit(item, () => {
          const above = where();
          return above ? `${above}.${key}` : key;
        });
      }
    }
  };
  visit(data, () => '');
  return found;
}

/**
 * A string field of an article or page as written (its id or section), read
 * from the raw data so the checks across files run even when other fields fail.
 */
function claimed(data: unknown, field: 'id' | 'section'): string | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const value: unknown = Reflect.get(data, field);
  return typeof value === 'string' ? value : undefined;
}

/**
 * What one article or page file claims of its place among the others (an
 * article's section, its id against the file name and the other files of its
 * kind), checked from the raw data, so these problems are reported together
 * with any in its fields.
 */
function crossFileProblems(
  label: string,
  data: unknown,
  sectionIds: ReadonlySet<string> | undefined,
  fileById: Map<string, string>,
): string[] {
  const problems: string[] = [];
  const section = claimed(data, 'section');
  if (sectionIds && section !== undefined && !sectionIds.has(section)) {
    problems.push(
      `${label}: section: unknown section "${section}", expected one of ${[...sectionIds].join(', ')}`,
    );
  }
  const id = claimed(data, 'id');
  if (id === undefined) return problems;
  const expectedId = path.basename(label, '.json');
  if (id !== expectedId) {
    problems.push(`${label}: id: expected "${expectedId}" to match the file name, received "${id}"`);
  }
  const earlier = fileById.get(id);
  if (earlier) problems.push(`${label}: id: duplicate id "${id}", also used by ${earlier}`);
  else fileById.set(id, label);
  return problems;
}

/**
 * Validates the site, every article and every page, collecting all problems
 * before failing, so a publisher sees every mistake in one run. `site` is
 * undefined when site.json could not be read (already reported). `articles`
 * and `pages` hold only the documents without a problem, so later checks
 * never see a broken one; `checkedArticles` holds every valid article as
 * listed (listedArticle.ts) with the warnings it gave, those this run parsed
 * and those a publish knew already (a KnownArticle: the same bytes, checked
 * against the same site.json before, so only the checks across files run again).
 */
export function checkSources(
  site: SourceFile | undefined,
  articleFiles: readonly (SourceFile | KnownArticle)[],
  pageFiles: readonly SourceFile[] = [],
) {
  const problems: string[] = [];
  const warnings: string[] = [];
  const validSite = site && validate(siteSchema, site.data, site.label, problems);
  if (site) warnings.push(...replacedCharacters(site.data, site.label));
  // Without a valid site.json there is no list of sections to check against.
  const sectionIds = validSite && new Set(validSite.sections.map((section) => section.id));
  const authorIds = validSite && new Set(validSite.authors?.map((author) => author.id));

  /** A document's problems across files: its id and section, and the authors it names. */
  function crossChecks(
    label: string,
    data: unknown,
    fileById: Map<string, string>,
    sections: ReadonlySet<string> | undefined,
    authors: ReadonlySet<string> | undefined,
  ): string[] {
    const fileProblems = crossFileProblems(label, data, sections, fileById);
    if (authors) fileProblems.push(...unknownAuthors(label, data, authors));
    return fileProblems;
  }

  /** One document's problems and, when it has none, the document; `sections`, when given, are the ones it may name. */
  function checkDocument<T>(
    { label, data }: SourceFile,
    schema: v.GenericSchema<unknown, T>,
    fileById: Map<string, string>,
    sections: ReadonlySet<string> | undefined,
    authors?: ReadonlySet<string>,
  ): { mended: string[]; document: T | undefined } {
    const mended = replacedCharacters(data, label);
    const fileProblems = crossChecks(label, data, fileById, sections, authors);
    const document = validate(schema, data, label, fileProblems);
    problems.push(...fileProblems);
    return { mended, document: fileProblems.length === 0 ? document : undefined };
  }

  const articleIds = new Map<string, string>();
  const articles: Article[] = [];
  const checkedArticles: CheckedArticle[] = [];
  for (const file of articleFiles) {
    if ('known' in file) {
      const fileProblems = crossChecks(file.label, file.known.listed, articleIds, sectionIds, authorIds);
      warnings.push(...file.known.mended);
      problems.push(...fileProblems);
      if (fileProblems.length === 0) checkedArticles.push(file.known);
      continue;
    }
    const { mended, document } = checkDocument(file, articleSchema, articleIds, sectionIds, authorIds);
    warnings.push(...mended);
    if (document === undefined) continue;
    articles.push(document);
    const echoes = pullQuoteEchoes(file.label, document.body);
    checkedArticles.push({ listed: listedArticle(document), mended, echoes });
  }
  const pageIds = new Map<string, string>();
  const pages: Page[] = [];
  for (const file of pageFiles) {
    const { mended, document } = checkDocument(file, pageSchema, pageIds, undefined);
    warnings.push(...mended);
    if (document !== undefined) pages.push(document);
  }
  return { site: validSite, articles, checkedArticles, pages, problems, warnings };
}

/** Reads every source file of the content folder and checks it; throws a ContentError listing every problem. */
export async function loadContent(contentDir: string): Promise<LoadedContent> {
  const sources = await readSources(contentDir);
  const checked = checkSources(sources.site, sources.articleFiles, sources.pageFiles);
  const problems = [...sources.problems, ...checked.problems];
  if (problems.length > 0 || !checked.site) throw new ContentError(problems);
  const { site, articles, pages, warnings } = checked;
  return { site, articles, pages, warnings };
}
