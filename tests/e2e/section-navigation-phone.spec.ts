import type { Page } from '@playwright/test';
import { articlePath, listing, nth } from '../support/sampleContent';
import { measureRows, sectionNav, widenSectionLinks } from '../support/sectionRows';
import { expect, test, waitForApp } from '../support/test';

const WIDTH = 320;
const inKoreas = articlePath(nth(listing('koreas'), 0));
const inEurope = articlePath(nth(listing('europe'), 0));

test.use({ viewport: { width: WIDTH, height: 640 }, isMobile: true, hasTouch: true });

/** How far the page itself scrolls, across and down, and how much wider than the screen it is. */
const pageScroll = (page: Page) =>
  page.evaluate((width) => {
    return {
      x: window.scrollX,
      y: window.scrollY,
      overflow: Math.max(0, document.documentElement.scrollWidth - width),
    };
  }, WIDTH);

for (const [name, path] of [
  ['the front page', '/'],
  ['a section page', '/news'],
  ['a child section', '/news/koreas'],
  ['an article', inKoreas],
] as const) {
  test(`${name} never scrolls sideways on a ${String(WIDTH)}-pixel phone`, async ({ page }) => {
    await page.goto(path);
    await waitForApp(page);

    expect((await pageScroll(page)).overflow).toBe(0);
  });
}

for (const [name, path] of [
  ['an article in Europe', inEurope],
  ['Culture', '/culture'],
] as const) {
  test(`rows too wide for the screen scroll on their own, current item in view, on ${name}`, async ({
    page,
  }) => {
    await widenSectionLinks(page);
    await page.goto(path);
    await waitForApp(page);

    const rows = await measureRows(page);
    expect(rows.some((row) => row.isWiderThanShown)).toBe(true);
    for (const row of rows) {
      expect(row.lineCount).toBe(1);
      expect(row.scrollsSideways).toBe(true);
      expect(row.showsCurrent).toBe(true);
    }
    expect(await pageScroll(page)).toEqual({ x: 0, y: 0, overflow: 0 });
  });
}

test('bringing the current item into view leaves the page where the reader was', async ({ page }) => {
  await widenSectionLinks(page);
  await page.goto(inEurope);
  await waitForApp(page);
  await page.evaluate(async () => {
    window.scrollTo(0, 600);
    // The app notes the position on the next frame.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  // To News and back, where Europe's item comes into view again once the article is back at 600
  // pixels down. A click event, because a click would first scroll the page to the link.
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'News' })
    .dispatchEvent('click');
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeFocused();
  // The reader swipes the second row back to its start, Europe's item out of view.
  await page.getByRole('list', { name: 'News sections' }).evaluate((row) => {
    row.scrollLeft = 0;
  });
  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 1, name: nth(listing('europe'), 0).headline }),
  ).toBeVisible();

  await expect.poll(async () => (await measureRows(page)).every((row) => row.showsCurrent)).toBe(true);
  expect(await pageScroll(page)).toEqual({ x: 0, y: 600, overflow: 0 });
});

test('the keyboard reaches every section link, and each shows whole as it takes focus', async ({ page }) => {
  await widenSectionLinks(page);
  await page.goto(inEurope);
  await waitForApp(page);
  const hrefs = await sectionNav(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));

  const reached: (string | null)[] = [];
  for (let step = 0; step < 20 && reached.length < hrefs.length; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const link = document.activeElement;
      const row = link?.closest('nav[aria-label="Sections"] ul');
      if (!link || !row) return null;
      const [box, rowBox] = [link.getBoundingClientRect(), row.getBoundingClientRect()];
      return {
        href: link.getAttribute('href'),
        showsWhole: box.left >= rowBox.left - 0.5 && box.right <= rowBox.right + 0.5,
      };
    });
    if (!focused) continue;
    expect(focused.showsWhole, focused.href ?? '').toBe(true);
    reached.push(focused.href);
  }
  expect(reached).toEqual(hrefs);
});
