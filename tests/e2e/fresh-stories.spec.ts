import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { hasHorizontalScroll, isWithinWindowWidth, obscuredTabStops } from '../support/reflow';
import { sectionPath } from '../support/sampleContent';
import { publishStory, serveCopyOfDist, type PublishedSummary } from '../support/servedCopy';
import { layoutShiftTotal, recordLayoutShifts } from '../support/layoutShifts';
import { expect, expectNoAxeViolations, failedResourceLog, test, waitForCompanion } from '../support/test';

// A listing left open checks for new stories every five minutes, while the
// tab is visible and online, against a copy of the build that a test
// publishes into as a newsroom would. Playwright's clock stands in for the
// minutes; the requests are real, to the production nginx setup.

let served: Awaited<ReturnType<typeof serveCopyOfDist>>;
test.beforeEach(async () => {
  served = await serveCopyOfDist();
});
test.afterEach(async ({ page }) => {
  // Closed first, so nothing it still loads meets a server that has gone.
  await page.close();
  await served.stop();
});

const FRONT = 'content/front.json';

/** The newest story the sample content has anywhere on the front page. */
async function newestPublished(): Promise<number> {
  const front = JSON.parse(await readFile(path.join(served.dir, FRONT), 'utf8')) as {
    lead: { publishedAt: string };
    secondaries: { publishedAt: string }[];
    latest: { publishedAt: string }[];
    sections: { items: { publishedAt: string }[] }[];
  };
  const stories = [
    front.lead,
    ...front.secondaries,
    ...front.latest,
    ...front.sections.flatMap((block) => block.items),
  ];
  return Math.max(...stories.map((summary) => Date.parse(summary.publishedAt)));
}

/** Publishes stories numbered `numbers`, each a minute newer than the one before and than anything published. */
async function publish(numbers: number[], listings: string[]) {
  const newest = await newestPublished();
  for (const n of numbers) {
    const summary: PublishedSummary = {
      id: `fresh-story-${String(n)}`,
      section: 'koreas',
      headline: `Fresh story number ${String(n)}`,
      publishedAt: new Date(newest + n * 60_000).toISOString(),
    };
    await publishStory(served.dir, summary, listings);
  }
}

/**
 * The status on the wire of each request for a content file, in order: 304
 * when the server said "unchanged". (Playwright's own response events report
 * the 200 the browser then answers from its cache.)
 */
async function wireStatusesFor(page: Page, file: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Set<string>();
  // Chromium may send a response's ExtraInfo before the request's own event: keep every status until its request is known.
  const statusOf = new Map<string, number>();
  const statuses: number[] = [];
  const count = (requestId: string) => {
    const status = statusOf.get(requestId);
    if (!requests.has(requestId) || status === undefined) return;
    statuses.push(status);
    requests.delete(requestId);
    statusOf.delete(requestId);
  };
  cdp.on('Network.requestWillBeSent', (event) => {
    if (new URL(event.request.url).pathname.endsWith(file)) requests.add(event.requestId);
    count(event.requestId);
  });
  cdp.on('Network.responseReceivedExtraInfo', (event) => {
    statusOf.set(event.requestId, event.statusCode);
    count(event.requestId);
  });
  return statuses;
}

function requestsFor(page: Page, file: string) {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith(file)) urls.push(request.url());
  });
  return urls;
}

async function openListing(page: Page, path: string) {
  await page.clock.install();
  await page.goto(served.origin + path);
  await waitForCompanion(page);
}

/**
 * Hidden or shown as the browser reports it to the page: `visibilityState`
 * and the `visibilitychange` event are all a page (this one, and TanStack
 * Query's focus manager) can know of a tab in the background, and this sets
 * both as a switch of tabs would, without depending on how a headless
 * browser treats a page brought to the front.
 */
async function setVisibility(page: Page, state: 'hidden' | 'visible') {
  await page.evaluate((value) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => value === 'hidden' });
    // As the browser fires it: at the document, bubbling to the window (where TanStack listens).
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, state);
}

/**
 * A shown story's card prefetches its article when focused, and the stories
 * published here are listing entries only: the browser logs those 404s.
 */
const prefetchesMissingArticles = { allowConsoleErrors: [failedResourceLog] };

const banner = (page: Page) => page.getByRole('complementary', { name: 'New stories' });

test.describe('showing them', () => {
  test.use(prefetchesMissingArticles);

  test('a front page left open offers the stories published since without moving anything, and shows them on request', async ({
    page,
  }) => {
    await recordLayoutShifts(page);
    await openListing(page, '/');
    await publish([1, 2, 3], ['front']);

    await page.clock.runFor('05:00');
    await expect(banner(page).getByText('3 new stories —')).toBeVisible();
    await expect(banner(page).getByRole('button', { name: 'Show' })).toBeVisible();
    await expect(page.getByText('3 new stories. Press Show to see them.')).toBeAttached();
    // Until the reader asks, the page shows what it showed.
    const latest = page.getByRole('list', { name: 'Latest stories' }).getByRole('heading');
    await expect(latest.first()).not.toHaveText('Fresh story number 3');
    expect(await layoutShiftTotal(page)).toBe(0);

    await banner(page).getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('link', { name: 'Fresh story number 3' })).toBeFocused();
    expect((await latest.allTextContents()).slice(0, 3)).toEqual([
      'Fresh story number 3',
      'Fresh story number 2',
      'Fresh story number 1',
    ]);
    await expect(banner(page)).toHaveCount(0);
    await expect(page.getByText('3 new stories shown')).toBeAttached();
  });

  test('a section page offers and shows its new stories', async ({ page }) => {
    await openListing(page, sectionPath('koreas'));
    await publish([1, 2, 3], ['sections/koreas']);
    await page.clock.runFor('05:00');
    await expect(banner(page).getByText('3 new stories —')).toBeVisible();

    await banner(page).getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('link', { name: 'Fresh story number 3' })).toBeFocused();
    const headlines = page.locator('#main article').getByRole('heading');
    expect((await headlines.allTextContents()).slice(0, 3)).toEqual([
      'Fresh story number 3',
      'Fresh story number 2',
      'Fresh story number 1',
    ]);
  });
});

test('an unchanged front page costs a 304 a check and offers nothing', async ({ page }) => {
  const statuses = await wireStatusesFor(page, FRONT);
  await openListing(page, '/');
  await page.clock.runFor('04:59');
  expect(statuses).toEqual([]);

  // The page came with its data, so the browser holds no copy to revalidate at the first check.
  await page.clock.runFor('00:01');
  await expect.poll(() => statuses.length).toBe(1);
  await page.clock.runFor('05:00');
  await expect.poll(() => statuses.length).toBe(2);
  await page.clock.runFor('05:00');
  await expect.poll(() => statuses).toEqual([200, 304, 304]);
  await expect(banner(page)).toHaveCount(0);
});

test('a hidden tab makes no request, and checks as soon as it is shown again', async ({ page }) => {
  const requests = requestsFor(page, FRONT);
  await openListing(page, '/');
  await publish([1, 2, 3], ['front']);
  await setVisibility(page, 'hidden');
  await page.clock.runFor('15:00');
  expect(requests).toEqual([]);

  await setVisibility(page, 'visible');
  await expect(banner(page).getByText('3 new stories —')).toBeVisible();
  expect(requests).toHaveLength(1);
  // Coming back did not pour the new stories into the page (TanStack's refetch on focus).
  await expect(
    page.getByRole('list', { name: 'Latest stories' }).getByRole('heading').first(),
  ).not.toHaveText('Fresh story number 3');
});

test('an offline tab makes no request, and checks once the connection is back', async ({ page, context }) => {
  const requests = requestsFor(page, FRONT);
  await openListing(page, '/');
  await publish([1], ['front']);
  // The page's late chunks (the schema's, imported after the first paint) must be in before the
  // connection goes: on a busy machine they were still loading, and failed as console errors.
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.clock.runFor('10:00');
  expect(requests).toEqual([]);

  await context.setOffline(false);
  await expect(banner(page).getByText('1 new story —')).toBeVisible();
  // The check alone: no refetch by TanStack on reconnecting, which would pour the story into the page.
  expect(requests).toHaveLength(1);
});

test('leaving the listing ends its checks', async ({ page }) => {
  const requests = requestsFor(page, FRONT);
  await openListing(page, '/');
  await page.getByRole('list', { name: 'Latest stories' }).getByRole('link').first().click();
  await page.waitForURL((url) => url.pathname !== '/');
  await page.clock.runFor('15:00');
  expect(requests).toEqual([]);
});

test('Escape sets the offer aside until yet newer stories arrive', async ({ page }) => {
  const statuses = await wireStatusesFor(page, FRONT);
  await openListing(page, '/');
  await publish([1], ['front']);
  await page.clock.runFor('05:00');
  await expect(banner(page).getByText('1 new story —')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(banner(page)).toHaveCount(0);

  await page.clock.runFor('05:00');
  // The next check is due; on a busy machine the page may make it a moment after the jump, so
  // time goes on a second per look (the one after it is five minutes away).
  await expect
    .poll(
      async () => {
        await page.clock.runFor(1_000);
        return statuses.length;
      },
      { timeout: 15_000 },
    )
    .toBe(2);
  await expect(banner(page)).toHaveCount(0);

  await publish([2], ['front']);
  await page.clock.runFor('05:00');
  await expect(banner(page).getByText('2 new stories —')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the offer passes axe in ${scheme}, fits a 320 px window and covers no tab stop`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ colorScheme: scheme });
    await openListing(page, '/');
    await publish([1, 2, 3], ['front']);
    await page.clock.runFor('05:00');
    await expect(banner(page)).toBeVisible();

    await expectNoAxeViolations(page);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await isWithinWindowWidth(page, 'aside[aria-label="New stories"]')).toEqual([true]);
    // It steps aside (to the other edge) for whatever the keyboard reaches.
    expect(await obscuredTabStops(page)).toEqual([]);
  });
}
