import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isWebAddress } from '../features/content/contract/addresses.ts';
import { siteBasePath } from '../features/content/contract/siteAddress.ts';

/**
 * What a deployment may set without touching the content, from the build's
 * environment (see vite.config.ts):
 * - `siteUrl` (BROADSHEET_SITE_URL) stands in for `site.json` `url`, so a
 *   GitHub Pages workflow can publish a fork at its own address;
 * - `contentBase` (BROADSHEET_CONTENT_BASE) serves the content JSON from
 *   another server, an absolute http(s) address or a path on this site.
 */
export type PublishingOptions = { siteUrl?: string; contentBase?: string };

/** The options as the environment sets them; a variable set to nothing counts as unset. */
export function publishingOptionsFrom(env: Readonly<Record<string, string | undefined>>): PublishingOptions {
  const setting = (name: string) => (env[name] === '' ? undefined : env[name]);
  return { siteUrl: setting('BROADSHEET_SITE_URL'), contentBase: setting('BROADSHEET_CONTENT_BASE') };
}

/** Problems with the options, for the same list as the content's own problems. */
export function publishingProblems({ siteUrl, contentBase }: PublishingOptions): string[] {
  const problems: string[] = [];
  if (siteUrl !== undefined && !isWebAddress(siteUrl)) {
    problems.push(
      `BROADSHEET_SITE_URL: expected an http:// or https:// address with a host, such as https://example.github.io/broadsheet/, received ${JSON.stringify(siteUrl)}`,
    );
  }
  if (contentBase !== undefined && !isWebAddress(contentBase) && !/^\/(?!\/)/.test(contentBase)) {
    problems.push(
      `BROADSHEET_CONTENT_BASE: expected an http:// or https:// address such as https://content.example.org/v1, or a path on this site such as /content, received ${JSON.stringify(contentBase)}`,
    );
  }
  return problems;
}

/**
 * The site's base path, needed before anything is built (it is Vite's
 * `base`), so read straight from site.json. A site.json that cannot be read
 * gives `/` here; the content check reports why, in its own words, moments later.
 */
export function readBasePath(contentDir: string, { siteUrl }: PublishingOptions): string {
  if (siteUrl !== undefined && isWebAddress(siteUrl)) return siteBasePath(siteUrl);
  try {
    const site = JSON.parse(readFileSync(path.join(contentDir, 'site.json'), 'utf8')) as { url?: unknown };
    return typeof site.url === 'string' && isWebAddress(site.url) ? siteBasePath(site.url) : '/';
  } catch {
    return '/';
  }
}
