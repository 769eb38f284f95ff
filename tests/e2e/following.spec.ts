import type { Page } from '@playwright/test';
import { layoutShiftSourcesOnceLive, recordLayoutShifts } from '../support/layoutShifts';
import { hasHorizontalScroll } from '../support/reflow';
import { publishStory, serveCopyOfDist, type PublishedSummary } from '../support/servedCopy';
import { expect, expectNoAxeViolations, test, waitForApp, waitForCompanion } from '../support/test';

// Each test publishes into a copy of dist/ of its own, so the shared site stays as built.
let served: Awaited<ReturnType<typeof serveCopyOfDist>>;
test.beforeEach(async () => {
  served = await serveCopyOfDist();
});
test.afterEach(async () => {
  await served.stop();
});

/** Later than every sample story, so they are new to a reader who followed before they came out. */
const koreasStories: PublishedSummary[] = [
  {
    id: 'ferry-to-jeju-resumes',
    section: 'koreas',
    headline: 'The night ferry to Jeju sails again',
    publishedAt: '2026-12-01T08:00:00+09:00',
  },
  {
    id: 'seoul-first-snow',
    section: 'koreas',
    headline: 'First snow falls on Seoul',
    publishedAt: '2026-12-01T09:30:00+09:00',
  },
];

async function open(page: Page, path: string) {
  await page.goto(new URL(path, served.origin).href);
  await waitForApp(page);
}

const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });
const followToggle = (page: Page, name: string) =>
  page.getByRole('button', { name: new RegExp(`^Follow(ing)? ${name}$`) });
const followedNews = (page: Page) => page.getByRole('region', { name: 'New in what you follow' });

async function followKoreas(page: Page) {
  await open(page, '/news/koreas');
  await page.getByRole('button', { name: 'Follow Koreas', pressed: false }).click();
  await expect(page.getByRole('button', { name: 'Following Koreas', pressed: true })).toBeVisible();
}

/** Follows Koreas, then two Koreas stories come out. */
async function followKoreasThenPublishTwo(page: Page) {
  await followKoreas(page);
  for (const story of koreasStories) {
    await publishStory(served.dir, story, ['front', 'sections/news', 'sections/koreas']);
  }
}

test('following Koreas, then two Koreas stories come out: the navigation says "2 new", the front page lists them, opening Koreas clears it', async ({
  page,
}) => {
  await followKoreasThenPublishTwo(page);

  await open(page, '/news');
  await waitForCompanion(page);
  await expect(sections(page).getByRole('link', { name: 'Koreas 2 new' })).toBeVisible();
  await expect(sections(page).getByRole('link', { name: 'Koreas 2 new' })).toContainText('2 new');

  await open(page, '/');
  const strip = followedNews(page);
  await expect(strip.getByRole('link', { name: koreasStories[1]?.headline })).toBeVisible();
  await expect(strip.getByRole('link', { name: koreasStories[0]?.headline })).toBeVisible();
  await expect(
    strip.getByRole('list', { name: 'New stories in what you follow' }).getByRole('listitem'),
  ).toHaveCount(2);

  await strip.getByRole('link', { name: 'Koreas 2 new' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Koreas' })).toBeVisible();
  await expect(sections(page).getByRole('link', { name: 'Koreas', exact: true })).toBeVisible();

  await open(page, '/news');
  await waitForCompanion(page);
  // The companion has counted (its mark would show by now) and found nothing new.
  await page.waitForTimeout(500);
  await expect(sections(page).getByRole('link', { name: 'Koreas', exact: true })).toBeVisible();
  await open(page, '/');
  await waitForCompanion(page);
  await page.waitForTimeout(500);
  await expect(followedNews(page)).toHaveCount(0);
});

test('nothing is new right after following, and the front page has no strip', async ({ page }) => {
  await followKoreas(page);

  await open(page, '/news');
  await waitForCompanion(page);
  await page.waitForTimeout(500);
  await expect(sections(page).getByRole('link', { name: 'Koreas', exact: true })).toBeVisible();
  await open(page, '/');
  await waitForCompanion(page);
  await page.waitForTimeout(500);
  await expect(followedNews(page)).toHaveCount(0);
});

test('a follow in one tab shows as following in another', async ({ page, context }) => {
  const other = await context.newPage();
  await open(other, '/news/koreas');
  await expect(other.getByRole('button', { name: 'Follow Koreas', pressed: false })).toBeVisible();

  await followKoreas(page);

  await expect(other.getByRole('button', { name: 'Following Koreas', pressed: true })).toBeVisible();
  await page.getByRole('button', { name: 'Following Koreas' }).click();
  await expect(other.getByRole('button', { name: 'Follow Koreas', pressed: false })).toBeVisible();
});

test('a topic page has the toggle, and a new story in a followed topic comes to the front page', async ({
  page,
}) => {
  await open(page, '/topics/korea');
  await page.getByRole('button', { name: 'Follow Korea', pressed: false }).click();
  await expect(page.getByRole('button', { name: 'Following Korea', pressed: true })).toBeVisible();
  const story = { ...koreasStories[0], id: 'korean-wave-museum', headline: 'A museum of the Korean wave' };
  await publishStory(served.dir, story as PublishedSummary, ['front', 'topics/korea']);

  await open(page, '/');
  await expect(followedNews(page).getByRole('link', { name: story.headline })).toBeVisible();
  await expect(followedNews(page).getByRole('link', { name: 'Korea 1 new' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the toggle is prerendered hidden and disabled in its place, since it cannot work', async ({
    page,
  }) => {
    await page.goto(new URL('/news/koreas', served.origin).href);
    const toggle = page.getByRole('main').getByRole('button', { name: 'Follow Koreas', includeHidden: true });

    await expect(toggle).toHaveText('Follow Koreas');
    await expect(toggle).toBeDisabled();
    await expect(toggle).toBeHidden();
  });
});

test('follows by keyboard alone, with a visible focus', async ({ page }) => {
  await open(page, '/news/koreas');
  await page.getByRole('heading', { level: 1 }).focus();

  await page.keyboard.press('Tab');
  const toggle = followToggle(page, 'Koreas');
  await expect(toggle).toBeFocused();
  expect(await toggle.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Following Koreas', pressed: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Follow Koreas', pressed: false })).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the toggle, the navigation's mark and the front page's strip have no axe violations (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await followKoreasThenPublishTwo(page);
    await expectNoAxeViolations(page);

    await open(page, '/news');
    await waitForCompanion(page);
    await expect(sections(page).getByRole('link', { name: 'Koreas 2 new' })).toBeVisible();
    await expectNoAxeViolations(page);

    await open(page, '/');
    await expect(followedNews(page)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('at 320 px the toggle, the mark and the strip scroll nothing sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await followKoreasThenPublishTwo(page);
  expect(await hasHorizontalScroll(page)).toBe(false);

  await open(page, '/news');
  await waitForCompanion(page);
  await expect(sections(page).getByRole('link', { name: 'Koreas 2 new' })).toBeVisible();
  expect(await hasHorizontalScroll(page)).toBe(false);

  await open(page, '/');
  await expect(followedNews(page)).toBeVisible();
  expect(await hasHorizontalScroll(page)).toBe(false);
});

for (const [device, viewport] of [
  ['a phone', { width: 393, height: 851 }],
  ['a desktop', { width: 1280, height: 720 }],
] as const) {
  test(`the front page's strip appears without shifting the page on ${device}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await followKoreasThenPublishTwo(page);
    await recordLayoutShifts(page);

    await open(page, '/');
    await expect(followedNews(page)).toBeAttached();
    await page.waitForTimeout(1000);

    // The strip comes after the page is live. A shift while a page is still being parsed is the HTML's,
    // not the strip's; each shift is named with what moved, so a failure says where to look.
    expect(await layoutShiftSourcesOnceLive(page)).toEqual([]);
  });
}
