// The full production build, for `npm run build` (runBuild.mjs) and for a
// publish that cannot build on the last one (publish/publishCommand.ts).
import { createBuilder } from 'vite';

/** The ContentErrors inside what the bundler threw: the error itself or the ones it gathered. */
export function contentErrorsIn(error) {
  const gathered = Array.isArray(error?.errors) ? error.errors : [];
  return [error, ...gathered].filter((candidate) => candidate?.name === 'ContentError');
}

/** Builds the site into `outDir` (dist/ when undefined) with the project's Vite config. */
export async function buildSite(outDir) {
  const builder = await createBuilder(outDir ? { build: { outDir, emptyOutDir: true } } : {}, null);
  await builder.buildApp();
}
