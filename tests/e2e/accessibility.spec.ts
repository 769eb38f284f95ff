import { articlePath, articleWithPullquote } from '../support/sampleContent';
import { expectNoAxeViolations, failedResourceLog, test, waitForImages } from '../support/test';

test.use({ allowConsoleErrors: [failedResourceLog] });

const pages = [
  ['the front page', '/'],
  ['a parent section', '/news'],
  ['a child section', '/news/koreas'],
  ['the second page of a section', '/news/koreas?page=2'],
  ['an article', articlePath(articleWithPullquote)],
  ['a page of the site’s own', '/privacy'],
  ['the not-found page', '/news/koreas/no-such-article'],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path] of pages) {
    test(`${name} has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await waitForImages(page);
      await expectNoAxeViolations(page);
    });
  }
}
