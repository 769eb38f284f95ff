import { checkFocusedElement, leaveArticleMidway, obscuredTabStops, pageKinds } from '../support/reflow';
import { articlePath, articleWithPullquote } from '../support/sampleContent';
import { expect, failedResourceLog, test, waitForApp } from '../support/test';

// Focus not obscured (WCAG 2.4.11): wherever the keyboard goes, what has
// focus is on top, never under a bar, an offer or an open panel.
test.use({ allowConsoleErrors: [failedResourceLog] });

const windows = [
  { width: 1280, height: 900 },
  { width: 320, height: 256 },
];

for (const size of windows) {
  const window = `${String(size.width)}×${String(size.height)}`;

  // A test a page: each walk is up to 250 tab stops, and on a busy machine all seven in one test outran its time.
  for (const [name, path] of pageKinds) {
    test(`at ${window} no tab stop on ${name} is covered`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto(path);
      await waitForApp(page);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await obscuredTabStops(page)).toEqual([]);
    });
  }

  test(`at ${window} the offer to continue reading covers no tab stop`, async ({ page }) => {
    await leaveArticleMidway(page, articleWithPullquote);
    await page.setViewportSize(size);
    await page.goto(articlePath(articleWithPullquote));
    await waitForApp(page);
    await expect(page.getByRole('complementary', { name: 'Continue reading' })).toBeVisible();
    expect(await obscuredTabStops(page)).toEqual([]);
  });
}

test('the open Display panel covers no tab stop on a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/news/asia');
  await waitForApp(page);
  const display = page.locator('header summary');
  await display.click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible();
  // From the Display button on: through the panel, then along the section links it hangs over.
  const covered: string[] = [];
  const europe = page.getByRole('list', { name: 'News sections' }).getByRole('link', { name: 'Europe' });
  for (
    let stop = 0;
    stop < 15 && !(await europe.evaluate((link) => link === document.activeElement));
    stop += 1
  ) {
    await page.keyboard.press('Tab');
    const focus = await checkFocusedElement(page);
    if (focus?.coveredBy) covered.push(`${focus.name} is under ${focus.coveredBy}`);
  }
  await expect(europe).toBeFocused();
  expect(covered).toEqual([]);
});
