import type { Locator, Page } from '@playwright/test';
import { listing } from '../support/sampleContent';
import { expect, expectNoAxeViolations, test, waitForApp, waitForImages } from '../support/test';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 780 };

/** The bottom edge of the last card in a region, in page pixels. */
async function lastCardBottom(region: Locator): Promise<number> {
  const box = await region.getByRole('article').last().boundingBox();
  if (!box) throw new Error('the region has no visible card');
  return box.y + box.height;
}

/**
 * The rows of a grid's cards that leave a slot empty: a row whose first card
 * does not start at the grid's start edge or whose last card does not end at
 * its end edge (2 px for rounding).
 */
async function rowsWithHoles(grid: Locator): Promise<string[]> {
  return grid.evaluate((list) => {
    const edges = list.getBoundingClientRect();
    const rows = new Map<number, DOMRect[]>();
    for (const item of list.children) {
      const box = item.getBoundingClientRect();
      const row = Math.round(box.top);
      rows.set(row, [...(rows.get(row) ?? []), box]);
    }
    return [...rows].flatMap(([top, boxes]) => {
      const start = Math.min(...boxes.map((box) => box.left));
      const end = Math.max(...boxes.map((box) => box.right));
      const isFull = Math.abs(start - edges.left) <= 2 && Math.abs(end - edges.right) <= 2;
      return isFull
        ? []
        : [
            `row at ${String(top)}: ${String(start)}–${String(end)} of ${String(edges.left)}–${String(edges.right)}`,
          ];
    });
  });
}

/** Every grid of cards on the page: the secondaries, each section block, a section page's grid. */
function grids(page: Page): Locator {
  return page
    .getByRole('main')
    .getByRole('list')
    .filter({ has: page.getByRole('article') });
}

async function openAt(page: Page, path: string, viewport: { width: number; height: number }) {
  await page.setViewportSize(viewport);
  await page.goto(path);
  await waitForApp(page);
}

test.describe('at 1280 × 900', () => {
  test('the lead column and the latest rail of the front page end level', async ({ page }) => {
    await openAt(page, '/', DESKTOP);
    await waitForImages(page);

    const lead = await lastCardBottom(page.getByRole('region', { name: 'Top stories' }));
    const latest = await lastCardBottom(page.getByRole('region', { name: 'Latest' }));

    expect(Math.abs(lead - latest)).toBeLessThanOrEqual(120);
  });

  test('the front page links each story once', async ({ page }) => {
    await openAt(page, '/', DESKTOP);

    const cards = page.getByRole('main').getByRole('article');
    const links = await cards.evaluateAll((articles) =>
      articles.map((article) => article.querySelector('h2 a, h3 a')?.getAttribute('href') ?? ''),
    );
    expect(links.length).toBeGreaterThan(12);
    expect(links.filter((href, index) => links.indexOf(href) !== index)).toEqual([]);
  });

  for (const path of ['/', '/news', '/news/page/2']) {
    test(`no grid of ${path} leaves an empty slot`, async ({ page }) => {
      await openAt(page, path, DESKTOP);

      const all = await grids(page).all();
      expect(all.length).toBeGreaterThan(0);
      for (const grid of all) expect(await rowsWithHoles(grid)).toEqual([]);
    });
  }

  test('the front page gives each top-level section a block, headed by a link to it', async ({ page }) => {
    await openAt(page, '/', DESKTOP);

    for (const [name, path] of [
      ['News', '/news'],
      ['Science', '/science'],
      ['Culture', '/culture'],
    ] as const) {
      const block = page.getByRole('region', { name, exact: true });
      await expect(block.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', path);
      await expect(block.getByRole('article').first()).toBeVisible();
    }
  });

  test('a section page opens with a lead, then a grid as wide as the page', async ({ page }) => {
    const [newest] = listing('news');
    await openAt(page, '/news', DESKTOP);

    const lead = page.getByRole('main').getByRole('article').first();
    await expect(lead.getByRole('heading', { level: 2 })).toHaveText(newest?.headline ?? '');
    await expect(lead.locator('img')).toHaveAttribute('fetchpriority', 'high');
    const grid = page.getByRole('list', { name: 'News articles' });
    await expect(grid).not.toContainText(newest?.headline ?? '');

    const [gridWidth, contentWidth] = await grid.evaluate((list) => {
      const main = list.closest('main');
      if (!main) return [0, 1];
      const style = getComputedStyle(main);
      const padding = Number.parseFloat(style.paddingInlineStart) + Number.parseFloat(style.paddingInlineEnd);
      return [list.getBoundingClientRect().width, main.clientWidth - padding];
    });
    expect(gridWidth).toBeGreaterThanOrEqual(0.9 * contentWidth);
    const columns = await grid.evaluate(
      (list) => new Set([...list.children].map((item) => Math.round(item.getBoundingClientRect().left))).size,
    );
    expect(columns).toBe(3);
  });

  test('a later page of a section is the grid alone', async ({ page }) => {
    await openAt(page, '/news/page/2', DESKTOP);

    const cards = page.getByRole('main').getByRole('article');
    const inGrid = page.getByRole('list', { name: 'News articles' }).getByRole('article');
    await expect(inGrid).toHaveCount(await cards.count());
    await expect(page.getByRole('main').locator('img[fetchpriority="high"]')).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  for (const path of ['/', '/news', '/news/page/2']) {
    test(`${path} never scrolls sideways at 360 or 320 px`, async ({ page }) => {
      for (const width of [360, 320]) {
        await openAt(page, path, { width, height: PHONE.height });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `at ${String(width)} px`).toBe(0);
      }
    });
  }

  test('the front page is one column, the lead and its picture first, the secondaries as rows', async ({
    page,
  }) => {
    await openAt(page, '/', PHONE);

    const top = page.getByRole('region', { name: 'Top stories' });
    const lead = top.getByRole('article').first();
    const leadPicture = await lead.locator('img').boundingBox();
    expect(leadPicture?.width).toBeGreaterThan(PHONE.width * 0.85);
    const secondary = page.getByRole('list', { name: 'More top stories' }).getByRole('article').first();
    const [picture, headline] = await Promise.all([
      secondary.locator('img').boundingBox(),
      secondary.getByRole('heading').boundingBox(),
    ]);
    // A compact row: the thumbnail sits beside the headline, not above it.
    expect(picture?.width).toBeLessThan(PHONE.width / 2);
    expect(Math.abs((picture?.y ?? 0) - (headline?.y ?? 0))).toBeLessThan(40);
    const latest = await page.getByRole('region', { name: 'Latest' }).boundingBox();
    const topBox = await top.boundingBox();
    expect(latest?.y).toBeGreaterThan((topBox?.y ?? 0) + (topBox?.height ?? 0));
  });

  test('the front page has no axe violations', async ({ page }) => {
    await openAt(page, '/', PHONE);
    await waitForImages(page);
    await expectNoAxeViolations(page);
  });
});

for (const [name, viewport] of [
  ['a phone', PHONE],
  ['a desktop', DESKTOP],
] as const) {
  test(`every save button on the cards is at least 44 × 44 px on ${name}`, async ({ page }) => {
    await openAt(page, '/', viewport);

    const toggles = page.getByRole('button', { name: /^Save “/ });
    const boxes = await toggles.evaluateAll((buttons) =>
      buttons.map((button) => {
        const box = button.getBoundingClientRect();
        return { width: box.width, height: box.height };
      }),
    );
    expect(boxes.length).toBeGreaterThan(12);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
  });
}
