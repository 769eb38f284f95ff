import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { repositoryRoot } from '../support/processes';
import { articles, sectionPath, site } from '../support/sampleContent';
import { serveCopyOfDist } from '../support/servedCopy';
import { sitemapLocations } from '../support/sitemaps';
import { expect, expectNoAxeViolations, test, waitForApp, waitForCompanion } from '../support/test';

// `npm run publish` into a copy of the build that the production nginx setup
// serves, as a newsroom publishes into its live site: a new story reaches
// every page that shows it, a tab left open offers it, and a withdrawn story
// leaves them all in the same publish.

let served: Awaited<ReturnType<typeof serveCopyOfDist>>;
let content = '';
test.beforeEach(async () => {
  served = await serveCopyOfDist({ withRecord: true });
  content = await mkdtemp(path.join(tmpdir(), 'broadsheet-newsroom-'));
  await cp(path.join(repositoryRoot, 'public/content'), content, { recursive: true });
});
test.afterEach(async ({ page }) => {
  await page.close();
  await served.stop();
  await rm(content, { recursive: true, force: true });
});

const story = {
  id: 'harbour-cranes-return',
  section: 'koreas',
  headline: 'Harbour cranes return to the old quay',
  standfirst: 'The cranes were taken down for repairs last winter.',
  tags: ['Korea'],
  body: [
    {
      type: 'paragraph',
      text: 'The cranes went back up this morning, one by one, along the quay, each on its gantry.',
    },
  ],
};
const address = `${sectionPath('koreas')}/${story.id}`;

/** `npm run publish` of the newsroom's content into the served copy: what it wrote and deleted. */
function publish() {
  const run = spawnSync(
    process.execPath,
    [
      'src/site-generator/publish/runPublish.mjs',
      '--outDir',
      served.dir,
      '--changes',
      path.join(content, '..', `${path.basename(content)}-changes.json`),
    ],
    {
      cwd: repositoryRoot,
      env: { ...process.env, BROADSHEET_CONTENT_DIR: content },
      encoding: 'utf8',
    },
  );
  expect(run.status, run.stderr).toBe(0);
  // A publish builds on the copy's record: never the full build.
  expect(run.stdout).toMatch(/^publish: \d+ files written/m);
  return run.stdout;
}

/** The newest story of the sample content, so the new one is newer than all of them. */
const newest = Math.max(...articles.map((article) => Date.parse(article.publishedAt)));

async function feedText(request: APIRequestContext, feed: string) {
  return (await request.get(`${served.origin}${feed}`)).text();
}

async function searchFor(page: Page, words: string) {
  await page.goto(`${served.origin}/search?q=${encodeURIComponent(words)}`);
  await waitForApp(page);
  return page.getByRole('list', { name: 'Search results' });
}

test('a published story reaches the front page, its section, its topic, the feeds, the sitemaps and search, and an open tab offers it', async ({
  page,
  request,
}) => {
  await page.clock.install();
  await page.goto(`${served.origin}${sectionPath('koreas')}`);
  await waitForCompanion(page);

  await writeFile(
    path.join(content, 'articles', `${story.id}.json`),
    JSON.stringify({ ...story, publishedAt: new Date(newest + 3_600_000).toISOString() }),
  );
  const written = publish();
  expect(written).toContain(`  + ${address.slice(1)}/index.html`);

  // The tab left open on the section finds it at its next check.
  await page.clock.runFor('05:00');
  await expect(
    page.getByRole('complementary', { name: 'New stories' }).getByText('1 new story —'),
  ).toBeVisible();

  const article = await request.get(`${served.origin}${address}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain(story.headline);
  for (const listing of ['/', sectionPath('koreas'), sectionPath('news'), '/topics/korea']) {
    await page.goto(`${served.origin}${listing}`);
    await expect(page.getByRole('link', { name: story.headline }).first(), listing).toBeVisible();
  }
  for (const feed of ['/feeds/all.xml', '/feeds/koreas.xml', '/feeds/topics/korea.xml']) {
    expect(await feedText(request, feed), feed).toContain(story.headline);
  }
  const locations = await sitemapLocations(request, site.url, `${served.origin}/`);
  expect(locations).toContain(`${site.url}${address}`);
  const news = await (await request.get(`${served.origin}/sitemaps/news.xml`)).text();
  expect(news).toContain(`<news:title>${story.headline}</news:title>`);
  const results = await searchFor(page, 'cranes quay');
  await expect(results.getByRole('link', { name: story.headline })).toBeVisible();
});

test.describe('withdrawing', () => {
  // The withdrawn notice comes with its status, which the browser reports.
  test.use({ allowConsoleErrors: [/status of 410/] });

  test('a withdrawn story leaves its page, which answers 410, every listing, the feeds, the sitemaps and search in one publish', async ({
    page,
    request,
  }) => {
    const file = path.join(content, 'articles', `${story.id}.json`);
    await writeFile(
      file,
      JSON.stringify({ ...story, publishedAt: new Date(newest + 3_600_000).toISOString() }),
    );
    publish();
    expect((await request.get(`${served.origin}${address}`)).status()).toBe(200);

    await unlink(file);
    const output = publish();
    expect(output).toContain(`  - ${address.slice(1)}/index.html`);

    // Its address answers 410 with the withdrawn notice, which names no story and runs no app.
    const withdrawn = await request.get(`${served.origin}${address}`);
    expect(withdrawn.status()).toBe(410);
    const notice = await withdrawn.text();
    expect(notice).toContain('Article withdrawn');
    expect(notice).not.toContain(story.headline);
    expect((await request.get(`${served.origin}${address}/`)).status()).toBe(410);
    expect((await request.get(`${served.origin}/content/articles/${story.id}.json`)).status()).toBe(404);
    // The withdrawal is in the newsroom's content, so a full build serves the address the same way.
    const ledger = JSON.parse(await readFile(path.join(content, 'past-addresses.json'), 'utf8')) as {
      withdrawn: { path: string }[];
    };
    expect(ledger.withdrawn.map((entry) => entry.path)).toEqual([address]);
    await page.goto(`${served.origin}${address}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Article withdrawn' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Front page' })).toBeVisible();
    await expectNoAxeViolations(page);
    for (const listing of ['/', sectionPath('koreas'), sectionPath('news'), '/topics/korea']) {
      const html = await (await request.get(`${served.origin}${listing}`)).text();
      expect(html, listing).not.toContain(story.headline);
    }
    for (const feed of ['/feeds/all.xml', '/feeds/koreas.xml', '/feeds/topics/korea.xml']) {
      expect(await feedText(request, feed), feed).not.toContain(story.headline);
    }
    expect(await sitemapLocations(request, site.url, `${served.origin}/`)).not.toContain(
      `${site.url}${address}`,
    );
    // A word only the story had: Pagefind leaves out a word a bundle does not know, so a pair could match another.
    const results = await searchFor(page, 'gantry');
    await expect(page.getByText(/^No articles match/)).toBeVisible();
    await expect(results.getByRole('link', { name: story.headline })).toHaveCount(0);
    // An earlier page of the section still answers.
    expect((await request.get(`${served.origin}${sectionPath('koreas')}/page/2`)).status()).toBe(200);
  });
});

test('a story moved to another section keeps its old address, which redirects to its new one', async ({
  page,
  request,
}) => {
  const file = path.join(content, 'articles', `${story.id}.json`);
  const publishedAt = new Date(newest + 3_600_000).toISOString();
  await writeFile(file, JSON.stringify({ ...story, publishedAt }));
  publish();

  await writeFile(file, JSON.stringify({ ...story, section: 'asia', publishedAt }));
  const output = publish();
  const newAddress = `${sectionPath('asia')}/${story.id}`;
  expect(output).toContain(`  + ${newAddress.slice(1)}/index.html`);
  expect(output).toContain('  + _deploy/nginx/moved-articles.conf');

  // The new map takes effect when the server reads its configuration again, as a deploy does.
  await served.reload();
  const response = await request.get(`${served.origin}${address}`, { maxRedirects: 0 });
  expect([response.status(), response.headers().location?.replace(/^https?:\/\/[^/]+/, '')]).toEqual([
    301,
    newAddress,
  ]);
  // The server redirects the browser too, before any script runs (the app would move it as well).
  const landed = await page.goto(`${served.origin}${address}`);
  expect(landed?.request().redirectedFrom()?.url()).toBe(`${served.origin}${address}`);
  await expect(page).toHaveURL(`${served.origin}${newAddress}`);
  await expect(page.getByRole('heading', { level: 1, name: story.headline })).toBeVisible();
});
