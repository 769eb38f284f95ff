import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, repositoryRoot, runInRepository, serveBuild } from '../support/processes';
import { articles, sitePages } from '../support/sampleContent';
import { expect, test, waitForCompanion } from '../support/test';

/**
 * A publisher's first ten minutes, as the README tells them, on a copy of the
 * sample content kept outside the repository (BROADSHEET_CONTENT_DIR): name
 * the site, scaffold an article and write it, check the folder, see two
 * mistakes in two files reported in one run, build, serve with the
 * production nginx setup and read the article.
 */
const siteName = 'The Harbour Gazette';
const headline = 'Night ferries return to Busan';
const id = 'night-ferries-return-to-busan';
const firstParagraph = 'The overnight boats to Jeju sail again from Monday, after a winter in dry dock.';

test('a publisher names the site, writes an article, checks, builds and reads it', async ({ page }) => {
  // One production build of the whole site (~30–60 s on two cores) is part of the walk.
  test.setTimeout(240_000);
  const work = await mkdtemp(path.join(tmpdir(), 'broadsheet-walkthrough-'));
  // mkdtemp makes the folder private, but nginx's workers read the build as another user.
  await chmod(work, 0o755);
  const contentDir = path.join(work, 'content');
  const withContent = { BROADSHEET_CONTENT_DIR: contentDir };
  const npm = (...args: string[]) => runInRepository('npm', ['run', '--silent', ...args], withContent);
  const file = (name: string) => path.join(contentDir, name);
  const editJson = async (name: string, change: (data: Record<string, unknown>) => void) => {
    const data = JSON.parse(await readFile(file(name), 'utf8')) as Record<string, unknown>;
    change(data);
    await writeFile(file(name), JSON.stringify(data, null, 2));
  };
  let server: Awaited<ReturnType<typeof serveBuild>> | undefined;
  try {
    await test.step('copy the sample content and name the site', async () => {
      await cp(path.join(repositoryRoot, 'public/content'), contentDir, { recursive: true });
      await editJson('site.json', (site) => (site.name = siteName));
    });

    await test.step('scaffold the article and write its first paragraph', async () => {
      const scaffolded = await npm('new-article', '--', '--section', 'koreas', headline);
      expect(scaffolded.stderr).toBe('');
      expect(scaffolded.code).toBe(0);
      expect(scaffolded.stdout).toContain(`it will be at https://broadsheet.example/news/koreas/${id}.`);
      await editJson(`articles/${id}.json`, (article) => {
        article.body = [{ type: 'paragraph', text: firstParagraph }];
      });
    });

    await test.step('check-content passes', async () => {
      const checked = await npm('check-content');
      expect(checked.code).toBe(0);
      expect(checked.stdout).toBe(
        `${String(articles.length + 1)} articles in 6 sections, ${String(sitePages.length)} pages: no problems\n`,
      );
    });

    await test.step('two mistakes in two files are reported in one run, then undone', async () => {
      const articleFile = `articles/${id}.json`;
      const photoFile = 'articles/boseong-green-tea-fields.json';
      const originals = await Promise.all([articleFile, photoFile].map((name) => readFile(file(name))));
      await editJson(articleFile, (article) => (article.section = 'sport'));
      await editJson(photoFile, (article) => ((article.image as { width: number }).width = 1601));

      const checked = await npm('check-content');
      expect(checked.code).toBe(1);
      expect(checked.stderr).toContain('Content has 2 problems:');
      expect(checked.stderr).toContain(`${articleFile}: section: unknown section "sport"`);
      expect(checked.stderr).toContain(`${photoFile}: image.width: expected 1600`);

      await writeFile(file(articleFile), originals[0] ?? '');
      await writeFile(file(photoFile), originals[1] ?? '');
      expect((await npm('check-content')).code).toBe(0);
    });

    const buildDir = path.join(work, 'dist');
    await test.step('build the site from the content folder', async () => {
      const built = await runInRepository(
        process.execPath,
        ['src/site-generator/runBuild.mjs', '--outDir', buildDir],
        withContent,
      );
      expect(built.code, built.stderr).toBe(0);
    });

    await test.step('serve the build with nginx and read the article and its section', async () => {
      server = await serveBuild(await freePort(), buildDir);

      await page.goto(`${server.origin}/news/koreas/${id}`);
      await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
      await expect(page.getByText(firstParagraph)).toBeVisible();
      await expect(page).toHaveTitle(`${headline} | ${siteName}`);

      await page.goto(`${server.origin}/news/koreas`);
      await expect(page.getByRole('main').getByRole('link', { name: headline })).toBeVisible();
      // The page has fetched what it fetches once live before its server goes away.
      await waitForCompanion(page);
      await page.waitForLoadState('networkidle');
    });
  } finally {
    await server?.stop();
    await rm(work, { recursive: true, force: true });
  }
});
