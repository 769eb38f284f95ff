import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articlePath, articles, site } from '../support/sampleContent';
import { cachedPaths, waitForWorker } from '../support/offlineWorker';
import { obscuredTabStops } from '../support/reflow';
import { serveCopyOfDist } from '../support/servedCopy';
import {
  articleSaveButton,
  expect,
  expectNoAxeViolations,
  failedResourceLog,
  test,
  waitForApp,
  waitForCompanion,
} from '../support/test';

// The offline worker: what it answers when the network is gone, what it never
// answers, what it keeps, and how a new version waits for the reader.
test.use({ serviceWorkers: 'allow' });

const [saved, unsaved, other] = articles;
if (!saved || !unsaved || !other) throw new Error('the sample content needs three articles');
const offlineHeading = { name: 'You are offline' };

test('offline, an unsaved article is the offline page at its own address, listing the saved article', async ({
  page,
  context,
}) => {
  await page.goto(articlePath(saved));
  await waitForApp(page);
  await articleSaveButton(page).click();
  await waitForCompanion(page);
  await waitForWorker(page);

  await context.setOffline(true);
  const started = Date.now();
  await page.goto(articlePath(unsaved));
  await expect(page.getByRole('heading', { level: 1, ...offlineHeading })).toBeVisible();
  test
    .info()
    .annotations.push({ type: 'offline page opened in', description: `${String(Date.now() - started)} ms` });

  // The reader's address stays; the page says it is the offline page, not the article.
  expect(new URL(page.url()).pathname).toBe(articlePath(unsaved));
  await expect(page).toHaveTitle(/offline/i);
  await expect(page.getByText(unsaved.headline)).toHaveCount(0);
  const savedHere = page.getByRole('region', { name: 'Saved on this device' });
  await expect(savedHere.getByRole('link', { name: saved.headline })).toHaveAttribute(
    'href',
    articlePath(saved),
  );
});

test.describe(() => {
  // The browser logs nginx's 404, and, offline, the stored page's requests for what was not stored with it.
  test.use({ allowConsoleErrors: [failedResourceLog] });

  test('the worker never answers an address with another page: online nginx’s own 404, offline the offline page', async ({
    page,
    context,
  }) => {
    await page.goto(articlePath(saved));
    await waitForWorker(page);
    await waitForCompanion(page);
    // Saved, so its page is stored (the saving code keeps that cache to the saved list).
    await articleSaveButton(page).click();
    await expect
      .poll(() =>
        page.evaluate(async (address) => {
          const stored = await (await caches.open('broadsheet-saved')).match(address);
          return stored?.ok ?? false;
        }, articlePath(saved)),
      )
      .toBe(true);

    const missing = await page.goto('/news/no-such-story');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

    await context.setOffline(true);
    for (const address of ['/news/no-such-story', articlePath(unsaved), `${articlePath(other)}?from=feed`]) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1 }), address).toHaveText(offlineHeading.name);
    }
    // The stored page answers its own address, whatever its query.
    await page.goto(`${articlePath(saved)}?utm_source=mail`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(saved.headline);
  });
});

test('online, pages come from the network first: a page changed on the server is what the reader sees', async ({
  page,
}) => {
  const served = await serveCopyOfDist();
  try {
    const address = `${served.origin}${articlePath(saved)}`;
    await page.goto(address);
    await waitForWorker(page);
    await page.evaluate(async (url) => {
      await (await caches.open('broadsheet-saved')).add(url);
    }, address);
    const file = path.join(served.dir, articlePath(saved), 'index.html');
    const html = await readFile(file, 'utf8');
    await writeFile(file, html.replaceAll(saved.headline, `${saved.headline} (corrected)`));

    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${saved.headline} (corrected)`);
  } finally {
    await served.stop();
  }
});

test('the precache holds hashed assets, the icons and the offline page: no other page, no content', async ({
  page,
}) => {
  await page.goto('/');
  await waitForWorker(page);
  const stored = await cachedPaths(page);
  const precache = Object.entries(stored).find(([name]) => name.startsWith('workbox-precache'))?.[1] ?? [];
  const paths = precache.map((entry) => entry.split('?')[0] ?? '');

  expect(paths.filter((entry) => entry.endsWith('.html'))).toEqual(['/offline/index.html']);
  expect(paths.filter((entry) => !/^\/(assets\/|[\w-]+\.svg$|offline\/index\.html$)/.test(entry))).toEqual(
    [],
  );
  expect(paths.filter((entry) => entry.startsWith('/assets/index-') && entry.endsWith('.js'))).toHaveLength(
    1,
  );
  expect(paths.some((entry) => entry.endsWith('.woff2'))).toBe(true);
  // Its own cache holds site.json alone, for the shell of a saved article.
  expect(stored['broadsheet-shell']).toEqual(['/content/site.json']);

  const bytes = await page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('workbox-precache')) ?? '';
    const cache = await caches.open(name);
    let total = 0;
    for (const request of await cache.keys())
      total += (await (await cache.match(request))?.blob())?.size ?? 0;
    return total;
  });
  test.info().annotations.push({
    type: 'precache',
    description: `${String(paths.length)} files, ${String(bytes)} bytes`,
  });
});

test('the worker registers only once the page is interactive', async ({ page }) => {
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args) => {
      document.documentElement.dataset.workerRegisteredAt = String(performance.now());
      return register(...args);
    };
  });
  await page.goto(articlePath(saved));
  await waitForWorker(page);
  const { hydrated, registered } = await page.evaluate(() => ({
    hydrated: Number(document.documentElement.dataset.hydrated),
    registered: Number(document.documentElement.dataset.workerRegisteredAt),
  }));
  expect(registered).toBeGreaterThan(hydrated);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the offline page has no axe violations (${colorScheme})`, async ({ page, context }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(articlePath(saved));
    await waitForApp(page);
    await articleSaveButton(page).click();
    await waitForWorker(page);
    await context.setOffline(true);
    await page.goto('/no/such/page');
    await expect(page.getByRole('link', { name: saved.headline })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test.describe('a new version', () => {
  /** A changed build over the served copy: the offline page says something new, and the worker knows it. */
  async function publishNewVersion(dir: string) {
    const offlinePage = path.join(dir, 'offline/index.html');
    await writeFile(
      offlinePage,
      (await readFile(offlinePage, 'utf8')).replaceAll('You are offline', 'You are offline right now'),
    );
    const worker = path.join(dir, 'serviceWorker.js');
    const script = await readFile(worker, 'utf8');
    const updated = script.replace(
      /"revision":"[^"]*","url":"offline\/index\.html"/,
      '"revision":"next-version","url":"offline/index.html"',
    );
    expect(updated).not.toBe(script);
    await writeFile(worker, updated);
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`is offered, never forced: nothing reloads until the reader chooses Reload (${colorScheme})`, async ({
      page,
      context,
    }) => {
      const served = await serveCopyOfDist();
      try {
        await page.emulateMedia({ colorScheme });
        await page.goto(`${served.origin}${articlePath(saved)}`);
        await waitForCompanion(page);
        await waitForWorker(page);
        await page.evaluate(() => {
          (window as { stillHere?: boolean }).stillHere = true;
        });

        await publishNewVersion(served.dir);
        await page.evaluate(async () => {
          await (await navigator.serviceWorker.ready).update();
        });
        const prompt = page.getByRole('status').filter({ hasText: `A new version of ${site.name} is ready` });
        await expect(prompt).toBeVisible();
        await expectNoAxeViolations(page);
        // Still the same document: nothing reloaded under the reader.
        await page.waitForTimeout(500);
        expect(await page.evaluate(() => (window as { stillHere?: boolean }).stillHere)).toBe(true);

        await page.getByRole('button', { name: 'Reload' }).click();
        await page.waitForFunction(() => !(window as { stillHere?: boolean }).stillHere);
        await waitForApp(page);
        await expect(prompt).toHaveCount(0);

        // The new version is the one in charge: its offline page is the new one.
        await context.setOffline(true);
        await page.goto(`${served.origin}/no/such/page`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline right now');
      } finally {
        await served.stop();
      }
    });
  }

  test('moves nothing, covers no tab stop, and Not now puts it away', async ({ page }) => {
    const served = await serveCopyOfDist();
    try {
      await page.setViewportSize({ width: 320, height: 568 });
      await page.goto(`${served.origin}${articlePath(saved)}`);
      await waitForCompanion(page);
      await waitForWorker(page);
      // The page has settled: from here on, only the prompt could move anything.
      await page.evaluate(() => {
        const shifts: number[] = [];
        Object.defineProperty(window, 'promptShifts', { value: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift' });
      });
      const lastLink = page.getByRole('contentinfo').getByRole('link').last();
      await lastLink.focus();

      await publishNewVersion(served.dir);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.ready).update();
      });
      const reload = page.getByRole('button', { name: 'Reload' });
      await expect(reload).toBeVisible();
      await page.evaluate(() => new Promise(requestAnimationFrame));
      expect(
        await page.evaluate(() => (window as unknown as { promptShifts: number[] }).promptShifts),
      ).toEqual([]);
      // What had focus when the bar came is scrolled clear of it; so is every tab stop after.
      const focused = await lastLink.boundingBox();
      const bar = await reload.boundingBox();
      expect((focused?.y ?? Infinity) + (focused?.height ?? 0)).toBeLessThanOrEqual(bar?.y ?? 0);
      expect(await obscuredTabStops(page)).toEqual([]);

      await lastLink.focus();
      await page.getByRole('button', { name: 'Not now' }).click();
      await expect(reload).toHaveCount(0);
      await expect(lastLink).toBeFocused();
    } finally {
      await served.stop();
    }
  });
});
