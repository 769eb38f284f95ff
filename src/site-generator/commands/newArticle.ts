import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { contentPaths } from '../../features/content/contract/paths.ts';
import { absoluteUrl } from '../../features/content/contract/siteAddress.ts';
import {
  articleSchema,
  siteSchema,
  slugSchema,
  type Article,
  type SiteSource,
} from '../../features/content/contract/schema.ts';
import { MAX_ID_LENGTH } from '../../features/content/contract/slug.ts';
import { readJson } from '../contentSources.ts';
import { validate } from '../loadContent.ts';
import { routeCollisions } from '../siteRoutes.ts';
import { siteShape } from '../siteShape.ts';
import { articleSchemaReference, articleScaffold, type ArticleScaffold } from './articleScaffold.ts';
import {
  CommandFailure,
  contentDirOf,
  displayPath,
  reportingFailures,
  type Command,
  type CommandContext,
} from './command.ts';
import { slugify } from '../../features/content/contract/slugify.ts';
import { localTimestamp } from './localTimestamp.ts';

const USAGE = 'Usage: npm run new-article -- --section <section id> [--id <article id>] "Headline"';

function parseRequest(args: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { section: { type: 'string' }, id: { type: 'string' } },
      allowPositionals: true,
    });
    // An unquoted headline arrives as several words.
    const headline = positionals.join(' ').trim();
    if (headline === '') throw new CommandFailure(['Give the headline.', USAGE]);
    return { headline, section: values.section, id: values.id };
  } catch (error) {
    if (error instanceof CommandFailure) throw error;
    throw new CommandFailure([error instanceof Error ? error.message : String(error), USAGE]);
  }
}

/** site.json, valid, or a failure sending the publisher to check-content. */
async function readSite(contentDir: string): Promise<SiteSource> {
  const label = contentPaths.site();
  const problems: string[] = [];
  const data = await readJson(contentDir, label, problems);
  const site = data === undefined ? undefined : validate(siteSchema, data, label, problems);
  if (site) return site;
  throw new CommandFailure([
    ...problems,
    'Fix site.json first; `npm run check-content` lists every problem.',
  ]);
}

function chosenSection(site: SiteSource, section: string | undefined): string {
  const known = site.sections.map(({ id }) => id);
  if (section !== undefined && known.includes(section)) return section;
  const said = section === undefined ? 'Choose a section with --section.' : `Unknown section "${section}".`;
  throw new CommandFailure([`${said} The sections in site.json are: ${known.join(', ')}.`, USAGE]);
}

function chosenId(headline: string, id: string | undefined): string {
  if (id !== undefined) {
    const result = v.safeParse(slugSchema, id);
    if (result.success) return result.output;
    throw new CommandFailure([`--id "${id}": ${result.issues[0].message}.`]);
  }
  const slug = slugify(headline);
  if (slug !== undefined) return slug;
  throw new CommandFailure([
    'The headline has no letters a-z or digits to make the article id from.',
    'Choose the id with --id, in lower-case words joined by "-", for example --id first-story.',
  ]);
}

/** The scaffold as the build will read it, or a failure listing what the contract refuses. */
function validated(scaffold: ArticleScaffold, label: string): Article {
  const problems: string[] = [];
  const article = validate(articleSchema, scaffold, label, problems);
  if (article) return article;
  throw new CommandFailure(problems);
}

/** Writes the file unless one of that name exists: an id is never taken over. */
async function writeNew(file: string, scaffold: ArticleScaffold, id: string) {
  try {
    // A new newsroom's folder may have no articles/ yet.
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(scaffold, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    const other = `${id}-2`;
    throw new CommandFailure([
      `${contentPaths.article(id)} already exists; it is not overwritten.`,
      `Choose another id with --id${other.length <= MAX_ID_LENGTH ? `, for example --id ${other}` : ''}.`,
    ]);
  }
}

/** What to do next; `address` is the article's canonical address, under the site's base path. */
function nextSteps(context: CommandContext, file: string, address: URL): string[] {
  const chosenDir = context.env.BROADSHEET_CONTENT_DIR;
  const withContent = chosenDir ? `BROADSHEET_CONTENT_DIR=${chosenDir} ` : '';
  return [
    `Wrote ${displayPath(context.cwd, file)}; once published it will be at ${address.href}.`,
    '',
    'Next:',
    '  1. Replace the paragraph with your text, and add a standfirst, byline or image if you',
    '     like (README, "The contract"); "$schema" lets your editor check the fields as you type.',
    `  2. ${withContent}npm run check-content`,
    `  3. ${withContent}npm start, then open http://localhost:5173${address.pathname}`,
  ];
}

/** `npm run new-article -- --section <id> [--id <id>] "Headline"`: scaffolds a valid article file. */
export const run: Command = (context) =>
  reportingFailures(context, async () => {
    const request = parseRequest(context.args);
    const contentDir = contentDirOf(context);
    const site = await readSite(contentDir);
    const section = chosenSection(site, request.section);
    const id = chosenId(request.headline, request.id);
    const label = contentPaths.article(id);
    const scaffold = articleScaffold({
      $schema: await articleSchemaReference(path.join(contentDir, 'articles')),
      id,
      section,
      headline: request.headline,
      publishedAt: localTimestamp(context.now),
    });
    const article = validated(scaffold, label);
    // The one check across files a lone new article can fail: its address is a child section's.
    const shape = siteShape(site, [article]);
    const collisions = routeCollisions(shape);
    if (collisions.length > 0) throw new CommandFailure([...collisions, 'Choose another id with --id.']);
    const file = path.join(contentDir, label);
    await writeNew(file, scaffold, id);
    const address = new URL(absoluteUrl(site.url, shape.articlePath(article)));
    for (const line of nextSteps(context, file, address)) context.print(line);
    return 0;
  });
