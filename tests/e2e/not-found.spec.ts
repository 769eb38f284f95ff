import { failedResourceLog, expect, test } from '../support/test';
import { site } from '../support/sampleContent';

test.use({ allowConsoleErrors: [failedResourceLog] });

const cases = [
  ['an unknown section', '/sport'],
  ['an unknown article', '/news/koreas/no-such-article'],
  ['a page beyond the last', '/news/koreas?page=99'],
  ['a page that is not a number', '/news/koreas?page=two'],
  ['a path below an article', '/news/koreas/anything/else'],
] as const;

for (const [what, path] of cases) {
  test(`${what} shows the not-found page with a way back`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveTitle(`Page not found | ${site.name}`);
    await page.getByRole('main').getByRole('link', { name: 'Front page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible();
  });
}
