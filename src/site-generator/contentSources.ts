import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentPaths } from '../features/content/contract/paths.ts';

/** A source file as read: its name from the content folder and its parsed JSON. */
export type SourceFile = { label: string; data: unknown };

/** A JSON file's parsed value, or undefined with a problem added when it cannot be read or parsed. */
export async function readJson(file: string, label: string, problems: string[]): Promise<unknown> {
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

/** The JSON files of one folder of the content folder (`articles`), by name, and those that could be read. */
async function readFolder(contentDir: string, folder: string, problems: string[]) {
  const dir = path.join(contentDir, folder);
  const files = (await readdir(dir).catch(() => [])).filter((file) => file.endsWith('.json')).sort();
  const sources: SourceFile[] = [];
  for (const file of files) {
    const label = `${folder}/${file}`;
    const data = await readJson(path.join(dir, file), label, problems);
    if (data !== undefined) sources.push({ label, data });
  }
  return { files, sources };
}

/**
 * The source files of a content folder as read (site.json, articles/, the
 * optional pages/ and past-addresses.json), with the problems of any that cannot be read.
 */
export async function readSources(contentDir: string) {
  const problems: string[] = [];
  const siteLabel = contentPaths.site();
  const siteData = await readJson(path.join(contentDir, siteLabel), siteLabel, problems);
  const articles = await readFolder(contentDir, 'articles', problems);
  if (articles.files.length === 0) problems.push('articles/: no article files found');
  // Pages are optional: a site may have none.
  const pages = await readFolder(contentDir, 'pages', problems);
  const site: SourceFile | undefined =
    siteData === undefined ? undefined : { label: siteLabel, data: siteData };
  // The ledger of past addresses is optional too: a site that never withdrew or moved a story has none.
  const ledgerLabel = contentPaths.pastAddresses();
  const ledgerFile = path.join(contentDir, ledgerLabel);
  const hasLedger = await access(ledgerFile).then(
    () => true,
    () => false,
  );
  const ledgerData = hasLedger ? await readJson(ledgerFile, ledgerLabel, problems) : undefined;
  const pastAddresses: SourceFile | undefined =
    ledgerData === undefined ? undefined : { label: ledgerLabel, data: ledgerData };
  return { site, articleFiles: articles.sources, pageFiles: pages.sources, pastAddresses, problems };
}
