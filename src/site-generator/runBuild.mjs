// `npm run build`: Vite's production build, reporting content problems as the publisher's
// list and nothing more. Vite's own command prints every error with the bundler's stack
// trace, which buries "articles/x.json: headline: …" under lines about its internals;
// a genuine bug in the build code still shows its whole stack here.
import { inspect } from 'node:util';
import { buildSite, contentErrorsIn } from './fullBuild.mjs';

// `--outDir <folder>` builds somewhere other than dist/ (the build's own tests use it).
const outDirFlag = process.argv.indexOf('--outDir');
const outDir = outDirFlag >= 0 ? process.argv[outDirFlag + 1] : undefined;

try {
  await buildSite(outDir);
} catch (error) {
  const contentErrors = contentErrorsIn(error);
  if (contentErrors.length > 0) {
    for (const contentError of contentErrors) console.error(contentError.message);
    console.error('\nThe build stopped before writing any page: fix the content above and build again.');
  } else {
    console.error(`error during build:\n${inspect(error)}`);
  }
  process.exit(1);
}
