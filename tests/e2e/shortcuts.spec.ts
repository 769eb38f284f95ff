import type { Page } from '@playwright/test';
import { articlePath, listing, nth } from '../support/sampleContent';
import {
  articleSaveButton,
  expect,
  expectNoAxeViolations,
  test,
  waitForApp,
  waitForCompanion,
} from '../support/test';

async function openLive(page: Page, path: string) {
  await page.goto(path);
  await waitForApp(page);
  await waitForCompanion(page);
}

/** The headline link of the nth card on the page, as j and k see them. */
const cardLink = (page: Page, index: number) =>
  page.locator('main [data-card]').nth(index).locator('h2 a, h3 a');

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Keyboard shortcuts' });

test('? opens the list of shortcuts, Esc closes it and focus goes back where it was', async ({ page }) => {
  await openLive(page, '/');
  const savedLink = page.getByRole('link', { name: /^Saved/ });
  await savedLink.focus();

  await page.keyboard.press('?');
  await expect(dialog(page)).toBeVisible();
  for (const text of ['j', 'k', 'o', 'Enter', 's', '/', '?', 'Esc'])
    await expect(
      dialog(page).locator('kbd', { hasText: new RegExp(`^${text.replace(/[?/]/, '\\$&')}$`) }),
    ).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(savedLink).toBeFocused();

  await page.keyboard.press('?');
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(savedLink).toBeFocused();
});

test('the list of shortcuts has no axe violations in the dark theme either', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await openLive(page, '/');
  await page.keyboard.press('?');
  await expect(dialog(page)).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});

for (const path of ['/', '/news']) {
  test(`j, j, k then Enter opens the second story on ${path}`, async ({ page }) => {
    await openLive(page, path);
    const second = cardLink(page, 1);
    const href = await second.getAttribute('href');

    await page.keyboard.press('j');
    await expect(cardLink(page, 0)).toBeFocused();
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('j');
    await expect(second).toBeFocused();
    await expect(second).toBeInViewport();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(href ?? 'no href');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test('o opens the current story', async ({ page }) => {
  await openLive(page, '/news');
  const href = await cardLink(page, 2).getAttribute('href');

  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('o');

  await expect(page).toHaveURL(href ?? 'no href');
});

test('s saves the current card, and the article being read, and says so', async ({ page }) => {
  await openLive(page, '/news');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const card = page.locator('main [data-card]').nth(1);
  const headline = (await cardLink(page, 1).textContent()) ?? '';

  await page.keyboard.press('s');
  await expect(card.getByRole('button', { name: /^Save/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(`Saved “${headline}”`, { exact: true })).toBeAttached();
  await page.keyboard.press('s');
  await expect(card.getByRole('button', { name: /^Save/ })).toHaveAttribute('aria-pressed', 'false');

  const article = nth(listing('koreas'), 0);
  await openLive(page, articlePath(article));
  await page.keyboard.press('s');
  await expect(articleSaveButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(`Saved “${article.headline}”`, { exact: true })).toBeAttached();
});

test('j, s and ? typed in the search field are text, not shortcuts', async ({ page }) => {
  await openLive(page, '/search');
  const field = page.getByRole('searchbox').or(page.getByRole('textbox')).first();
  await field.click();

  await page.keyboard.type('js?');

  await expect(field).toHaveValue('js?');
  await expect(dialog(page)).toBeHidden();
  await expect(field).toBeFocused();
});

test('switched off in Display, no single-key shortcut fires', async ({ page }) => {
  await openLive(page, '/news');
  await page.getByText('Display', { exact: true }).click();
  await page.getByRole('group', { name: 'Keyboard shortcuts' }).getByRole('radio', { name: 'Off' }).check();
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });

  for (const key of ['j', 's', '?', '/']) await page.keyboard.press(key);

  await expect(page).toHaveURL('/news');
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('main [data-card] [aria-pressed="true"]')).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.closest('[data-card]') ?? null)).toBeNull();

  // Still off after a reload: it is a stored preference.
  await page.reload();
  await waitForCompanion(page);
  await page.keyboard.press('?');
  await expect(dialog(page)).toBeHidden();
});

test('Display lists the shortcuts too, and the list fits a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openLive(page, '/');
  await page.getByText('Display', { exact: true }).click();

  await page.getByRole('button', { name: 'List of keyboard shortcuts' }).click();

  await expect(dialog(page)).toBeVisible();
  const box = await dialog(page).boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByText('Display', { exact: true })).toBeFocused();
});
