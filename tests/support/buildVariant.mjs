// Builds one of the end-to-end tests' variant sites into .e2e-builds/<name>/,
// with the production build (`runBuild.mjs`) and the settings a publisher would use.
// Usage: node tests/support/buildVariant.mjs sub-path|cross-origin
import { execFileSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  EXTERNAL_IMAGE_ARTICLE,
  SUB_PATH_SITE_URL,
  contentServerBase,
  imageServerOrigin,
  variantsDir,
} from './variants.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const name = process.argv[2];

async function editJson(file, edit) {
  const document = JSON.parse(await readFile(file, 'utf8'));
  await writeFile(file, JSON.stringify(edit(document), null, 2));
}

/** The sample content, with one hero picture on another origin that site.json declares. */
async function contentWithImageOnAnotherOrigin() {
  const contentDir = path.join(variantsDir, 'cross-origin-content');
  await rm(contentDir, { recursive: true, force: true });
  await cp(path.join(root, 'public/content'), contentDir, { recursive: true });
  await editJson(path.join(contentDir, 'site.json'), (site) => ({
    ...site,
    imageOrigins: [imageServerOrigin],
  }));
  await editJson(path.join(contentDir, `articles/${EXTERNAL_IMAGE_ARTICLE}.json`), (article) => ({
    ...article,
    image: { ...article.image, src: `${imageServerOrigin}/content/${article.image.src}` },
  }));
  return contentDir;
}

const settings = {
  'sub-path': async () => ({ BROADSHEET_SITE_URL: SUB_PATH_SITE_URL }),
  'cross-origin': async () => ({
    BROADSHEET_CONTENT_DIR: await contentWithImageOnAnotherOrigin(),
    BROADSHEET_CONTENT_BASE: contentServerBase,
  }),
};

if (!(name in settings)) {
  console.error(`buildVariant: expected one of ${Object.keys(settings).join(', ')}, received ${name}`);
  process.exit(1);
}
execFileSync(
  process.execPath,
  ['src/site-generator/runBuild.mjs', '--outDir', path.join(variantsDir, name)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...(await settings[name]()) },
  },
);
