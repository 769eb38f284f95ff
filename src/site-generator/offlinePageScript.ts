import path from 'node:path';
import { build } from 'vite';
import { precompressFile } from './precompressPlugin.ts';

/** The offline page's own script, from the project root (see src/features/offline-page). */
const SOURCE = 'src/features/offline-page/offlinePage.ts';

/**
 * Bundles the offline page's script into the build's assets, hashed like
 * every script, and returns its address. A bundle of its own, not a chunk of
 * the app's build: the app's build puts everything an entry imports in one
 * chunk, which would run the app on a page it must not take over.
 */
export async function buildOfflinePageScript(options: { root: string; base: string; outDir: string }) {
  const { root, base, outDir } = options;
  const result = await build({
    configFile: false,
    root,
    base,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: [{ find: '@', replacement: path.join(root, 'src') }] },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: { offline: path.join(root, SOURCE) },
        output: { entryFileNames: 'assets/[name]-[hash].js' },
      },
    },
  });
  const files = (Array.isArray(result) ? result : [result]).flatMap((output) =>
    'output' in output ? output.output : [],
  );
  const entry = files.find((file) => file.type === 'chunk' && file.isEntry);
  if (!entry) throw new Error(`bundling ${SOURCE} wrote no script`);
  await precompressFile(path.join(outDir, entry.fileName));
  return base + entry.fileName;
}
