import { articlePath, listing, nth } from '../support/sampleContent';
import { measureRows, sectionNav } from '../support/sectionRows';
import { expect, failedResourceLog, test, waitForApp } from '../support/test';

const inKoreas = articlePath(nth(listing('koreas'), 0));
const topRow = ['News', 'Science', 'Culture'];

const pages = [
  ['the front page', '/', [topRow]],
  [
    'a section page',
    '/news',
    [
      ['News (page)', 'Science', 'Culture'],
      ['Koreas', 'Asia', 'Europe'],
    ],
  ],
  [
    'a child section',
    '/news/koreas',
    [
      ['News (true)', 'Science', 'Culture'],
      ['Koreas (page)', 'Asia', 'Europe'],
    ],
  ],
  [
    'an article',
    inKoreas,
    [
      ['News (true)', 'Science', 'Culture'],
      ['Koreas (true)', 'Asia', 'Europe'],
    ],
  ],
] as const;

for (const [width, height] of [
  [360, 780],
  [1280, 900],
] as const) {
  test.describe(`at ${String(width)} × ${String(height)}`, () => {
    test.use({ viewport: { width, height } });

    for (const [name, path, rows] of pages) {
      test(`${name} has its section rows, each one line with the current item in view`, async ({ page }) => {
        await page.goto(path);
        await waitForApp(page);

        const measured = await measureRows(page);
        expect(measured.map((row) => row.items)).toEqual(rows);
        expect(measured.map((row) => row.label)).toEqual(rows.length > 1 ? [null, 'News sections'] : [null]);
        for (const row of measured) {
          expect(row.lineCount).toBe(1);
          expect(row.isTallerThanALine).toBe(false);
          expect(row.smallestTarget).toBeGreaterThanOrEqual(44);
          expect(row.scrollsSideways).toBe(true);
          expect(row.showsCurrent).toBe(true);
        }
      });
    }
  });
}

test('moving to another section moves the marks and the second row with it', async ({ page }) => {
  await page.goto(inKoreas);
  await waitForApp(page);

  await sectionNav(page).getByRole('link', { name: 'Asia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Asia' })).toBeFocused();
  expect((await measureRows(page)).map((row) => row.items)).toEqual([
    ['News (true)', 'Science', 'Culture'],
    ['Koreas', 'Asia (page)', 'Europe'],
  ]);

  await sectionNav(page).getByRole('link', { name: 'Science' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Science' })).toBeFocused();
  expect((await measureRows(page)).map((row) => row.items)).toEqual([['News', 'Science (page)', 'Culture']]);
});

test.describe('the not-found page', () => {
  test.use({ allowConsoleErrors: [failedResourceLog] });

  test('marks no section at an address inside one, as prerendered, and hydrates cleanly', async ({
    page,
  }) => {
    const response = await page.goto('/news/koreas/no-such-article');
    expect(response?.status()).toBe(404);
    await waitForApp(page);

    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect((await measureRows(page)).map((row) => row.items)).toEqual([topRow]);
    await sectionNav(page).getByRole('link', { name: 'News', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeFocused();
    expect((await measureRows(page)).map((row) => row.items)).toEqual(pages[1][2]);
  });
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered pages already have both rows and their marks, and the links work', async ({
    page,
  }) => {
    await page.goto(inKoreas);
    expect((await measureRows(page)).map((row) => row.items)).toEqual(pages[3][2]);

    await sectionNav(page).getByRole('link', { name: 'Asia' }).click();
    await expect(page).toHaveURL('/news/asia');
    expect((await measureRows(page)).map((row) => row.items)).toEqual([
      ['News (true)', 'Science', 'Culture'],
      ['Koreas', 'Asia (page)', 'Europe'],
    ]);
  });
});
