import { articlePath, articleWithPullquote } from '../support/sampleContent';
import { expect, test, waitForApp } from '../support/test';

test('a chosen dark theme survives a reload and is in place before the page body exists', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // Record the theme at the moment <body> is parsed: that is the first paint's theme.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('body')) return;
      document.documentElement.dataset.themeAtFirstPaint = document.documentElement.dataset.theme ?? 'system';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await waitForApp(page);
  await page.getByText('Display', { exact: true }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkPaper = 'rgb(20, 20, 20)';
  await expect(page.locator('body')).toHaveCSS('background-color', darkPaper);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme-at-first-paint', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', darkPaper);
  await page.getByText('Display', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('the light theme overrides a dark device setting, and "Match device" follows it again', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await waitForApp(page);
  await page.getByText('Display', { exact: true }).click();
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(251, 250, 247)');
  await page.getByRole('radio', { name: 'Match device' }).check();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(20, 20, 20)');
});

test('the article text follows the chosen text size, and it persists', async ({ page }) => {
  await page.goto(articlePath(articleWithPullquote));
  await waitForApp(page);
  const paragraph = page.locator('main article p[id^="p-"]').first();
  await expect(paragraph).toHaveCSS('font-size', '19px');
  await page.getByText('Display', { exact: true }).click();
  await page.getByRole('radio', { name: 'Extra large' }).check();
  await expect(paragraph).toHaveCSS('font-size', '26px');
  await page.reload();
  await expect(paragraph).toHaveCSS('font-size', '26px');
});

for (const [name, media] of [
  ['light', { colorScheme: 'light' }],
  ['dark', { colorScheme: 'dark' }],
  ['forced colours', { forcedColors: 'active' }],
] as const) {
  test(`"Display" is drawn as a button that opens something, not as a link (${name})`, async ({ page }) => {
    await page.emulateMedia(media);
    await page.goto('/');
    await waitForApp(page);
    const display = page.locator('header details > summary');
    await expect(display).toHaveText('Display');

    // A box around it (its own border, or one drawn just inside its target) in a colour of its own …
    const box = await display.evaluate((summary) => {
      const paper = getComputedStyle(document.body).backgroundColor;
      return [getComputedStyle(summary), getComputedStyle(summary, '::before')].some(
        (style) =>
          style.borderTopStyle === 'solid' &&
          Number.parseFloat(style.borderTopWidth) >= 1 &&
          style.borderTopColor !== paper &&
          !style.borderTopColor.endsWith(', 0)'),
      );
    });
    expect(box, 'Display has a visible box').toBe(true);
    // … and a chevron drawn in the text colour, that turns over when the panel opens.
    const chevron = display.locator('svg');
    await expect(chevron).toBeVisible();
    const strokeAndText = await display.evaluate((summary) => [
      getComputedStyle(summary.querySelector('svg path') ?? summary).stroke,
      getComputedStyle(summary).color,
    ]);
    expect(strokeAndText[0]).toBe(strokeAndText[1]);
    const turn = () =>
      chevron.evaluate((svg) => `${getComputedStyle(svg).transform} ${getComputedStyle(svg).rotate}`);
    const closed = await turn();
    await display.click();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible();
    expect(await turn()).not.toBe(closed);
  });
}

test('the Display panel closes on a click outside it and when keyboard focus leaves it', async ({ page }) => {
  await page.goto(articlePath(articleWithPullquote));
  await waitForApp(page);
  const display = page.locator('header details');
  const dark = page.getByRole('radio', { name: 'Dark' });

  await display.locator('summary').click();
  await expect(dark).toBeVisible();
  await page.locator('main h1').click();
  await expect(dark).toBeHidden();

  await display.locator('summary').click();
  // The link to the list of keyboard shortcuts is the panel's last control: Tab from it leaves it.
  await page.getByRole('button', { name: 'List of keyboard shortcuts' }).focus();
  await page.keyboard.press('Tab');
  await expect(dark).toBeHidden();
  expect(await display.evaluate((details) => details.contains(document.activeElement))).toBe(false);
});
