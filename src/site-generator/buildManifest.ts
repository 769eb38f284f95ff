import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';

const manifestSchema = v.record(
  v.string(),
  v.object({
    file: v.string(),
    isEntry: v.optional(v.boolean()),
    imports: v.optional(v.array(v.string())),
    css: v.optional(v.array(v.string())),
  }),
);
/** Vite's build manifest: every chunk by its source file, with the chunks it imports. */
export type BuildManifest = v.InferOutput<typeof manifestSchema>;

/** Where Vite writes its manifest in the output folder (the build removes it once the pages are written). */
export const manifestFileOf = (outDir: string) => path.join(outDir, '.vite/manifest.json');

export async function readBuildManifest(manifestFile: string): Promise<BuildManifest> {
  return v.parse(manifestSchema, JSON.parse(await readFile(manifestFile, 'utf8')));
}

/**
 * What a page's lazy routes need beyond the entry: their styles, as `<link>`
 * tags the HTML carries, and their chunks (with the chunks they import), which
 * the page fetches beside the entry once it has painted (index.html's loader).
 */
export function routeAssets(
  manifest: BuildManifest,
  sources: readonly string[],
  /** The site's base path, `/` or `/broadsheet/`. */
  base: string,
): { styleTags: string; scripts: string[] } {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  const loadedByEntry = new Set<string>();
  const markLoaded = (key: string) => {
    if (loadedByEntry.has(key)) return;
    loadedByEntry.add(key);
    for (const imported of manifest[key]?.imports ?? []) markLoaded(imported);
  };
  if (entryKey) markLoaded(entryKey);

  const scripts = new Set<string>();
  const styles = new Set<string>();
  const add = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no chunk for ${key}`);
    if (loadedByEntry.has(key) || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const file of chunk.css ?? []) styles.add(file);
    for (const imported of chunk.imports ?? []) add(imported);
  };
  for (const source of sources) add(source);
  return {
    styleTags: [...styles]
      .map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`)
      .join(''),
    scripts: [...scripts].map((file) => `${base}${file}`),
  };
}
