import path from 'node:path';
import { publishingOptionsFrom, type PublishingOptions } from './publishingOptions.ts';

/** What a build reads from its environment: the content, the deployment's options and the special cases. */
export type BuildOptions = {
  contentDir: string;
  publishing: PublishingOptions;
  drawsShareCards: boolean;
  buildsSearchIndex: boolean;
};

/**
 * The build's options from its environment, for vite.config.ts and `npm run
 * publish` alike, so a publish builds on exactly what a full build would make:
 * - BROADSHEET_CONTENT_DIR (from the working folder) builds another content
 *   tree: a newsroom's own repository, or a generated archive for measurements;
 * - BROADSHEET_SITE_URL and BROADSHEET_CONTENT_BASE (publishingOptions.ts);
 * - BROADSHEET_SHARE_CARDS=skip: the benchmark's generated archives measure
 *   the build without drawing a card per article;
 * - BROADSHEET_SEARCH=skip: builds that test something else leave search out.
 */
export function buildOptionsFrom(
  env: Readonly<Record<string, string | undefined>>,
  root: string,
): BuildOptions {
  if (env.VITE_CONTENT_BASE !== undefined) {
    throw new Error('VITE_CONTENT_BASE is now BROADSHEET_CONTENT_BASE: rename it and build again.');
  }
  return {
    contentDir: path.resolve(env.BROADSHEET_CONTENT_DIR ?? path.join(root, 'public/content')),
    publishing: publishingOptionsFrom(env),
    drawsShareCards: env.BROADSHEET_SHARE_CARDS !== 'skip',
    buildsSearchIndex: env.BROADSHEET_SEARCH !== 'skip',
  };
}
