import { checkContent } from '../checkContent.ts';
import { problemList } from '../loadContent.ts';
import { publishingOptionsFrom } from '../publishingOptions.ts';
import { contentDirOf, type Command } from './command.ts';

/** The address site.json ships with: every canonical link, share link, feed and sitemap would point there. */
const SAMPLE_SITE_URL = new URL('https://broadsheet.example');

const counted = (count: number, noun: string) => `${String(count)} ${noun}${count === 1 ? '' : 's'}`;

/**
 * `npm run check-content`: every check the build makes of the content folder
 * (site.json, articles and pages: contract, sections, ids, shared addresses,
 * image origins, images on disk), with the same BROADSHEET_… settings,
 * without building; each problem printed, and exit code 1 when there is any.
 */
export const run: Command = async (context) => {
  const { problems, warnings, shape } = await checkContent(
    contentDirOf(context),
    publishingOptionsFrom(context.env),
  );
  for (const warning of warnings) context.printError(`warning: ${warning}`);
  if (problems.length > 0 || !shape) {
    context.printError(problemList(problems));
    return 1;
  }
  if (new URL(shape.site.url).host === SAMPLE_SITE_URL.host) {
    context.printError(
      `warning: site.json: url: still ${SAMPLE_SITE_URL.origin}, the sample address; canonical links, ` +
        'share links, feeds and the sitemap will point there until you set your own',
    );
  }
  const { articles, site, pages } = shape;
  context.print(
    `${counted(articles.length, 'article')} in ${counted(site.sections.length, 'section')}, ` +
      `${counted(pages.length, 'page')}: no problems`,
  );
  return 0;
};
