import { articlePath, listing, nth, site } from '../support/sampleContent';
import { expect, failedResourceLog, test, waitForApp } from '../support/test';
import { EXTERNAL_IMAGE_ARTICLE, contentServerBase, imageServerOrigin, ports } from '../support/variants.mjs';

const article = nth(listing('koreas'), 0);
const headerless = `http://127.0.0.1:${String(ports.headerless)}`;
const crossOriginSite = `http://127.0.0.1:${String(ports.crossOriginSite)}`;
const externalArticle = listing('koreas').find((candidate) => candidate.id === EXTERNAL_IMAGE_ARTICLE);
if (!externalArticle) throw new Error(`the sample content has no article ${EXTERNAL_IMAGE_ARTICLE}`);

/** Collects the policy violations the page reports, from before its first script runs. */
async function recordViolations(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
    Object.defineProperty(window, 'policyViolations', { get: () => seen });
  });
  return () => page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations);
}

// The browser logs each refusal; these tests are about exactly those refusals.
// (One pattern: Playwright would read a second array item as the option's settings.)
test.use({
  allowConsoleErrors: [
    new RegExp(`Content Security Policy|TrustedHTML|TrustedScript|${failedResourceLog.source}`),
  ],
});

test('the policy in each page is the one the server sends, less what only a header can carry', async ({
  page,
}) => {
  const response = await page.goto(articlePath(article));
  const header = (await response?.allHeaders())?.['content-security-policy'] ?? '';
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(header).toBe(`${meta ?? ''}; frame-ancestors 'none'`);
  expect(meta).toContain("require-trusted-types-for 'script'");
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).not.toContain('frame-ancestors');
});

test.describe('a host that sends no headers', () => {
  test('serves the page with no policy header, and the page still refuses injected script', async ({
    page,
  }) => {
    const violations = await recordViolations(page);
    const response = await page.goto(`${headerless}${articlePath(article)}`);
    expect((await response?.allHeaders())?.['content-security-policy']).toBeUndefined();
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();

    const outcome = await page.evaluate(async () => {
      const attempts: string[] = [];
      const flags = window as unknown as Record<string, unknown>;
      try {
        document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.viaMarkup = 1">');
      } catch (error) {
        attempts.push(`markup refused: ${(error as Error).name}`);
      }
      const script = document.createElement('script');
      script.append(document.createTextNode('window.viaScript = 1'));
      document.body.append(script);
      const moduleAddress = 'data:text/javascript,window.viaImport = 1';
      try {
        await import(/* @vite-ignore */ moduleAddress);
      } catch {
        attempts.push('import refused');
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { attempts, ran: ['viaMarkup', 'viaScript', 'viaImport'].filter((flag) => flag in flags) };
    });
    expect(outcome.ran).toEqual([]);
    expect(outcome.attempts).toEqual(['markup refused: TypeError', 'import refused']);
    const reported = await violations();
    expect(reported.some((line) => line.startsWith('require-trusted-types-for'))).toBe(true);
    expect(reported.some((line) => line.startsWith('script-src-elem'))).toBe(true);
  });
});

test.describe('content and pictures on a second origin', () => {
  test('load from there when the build is configured for them', async ({ page }) => {
    const violations = await recordViolations(page);
    const contentRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.json')) contentRequests.push(request.url());
    });
    await page.goto(`${crossOriginSite}/`);
    await waitForApp(page);
    // Koreas is on the second row, which the front page does not have: News first.
    const sections = page.getByRole('navigation', { name: 'Sections' });
    await sections.getByRole('link', { name: 'News', exact: true }).click();
    await sections.getByRole('link', { name: 'Koreas' }).click();
    await page.getByRole('link', { name: externalArticle.headline }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: externalArticle.headline })).toBeVisible();

    expect(contentRequests).toContain(`${contentServerBase}/articles/${EXTERNAL_IMAGE_ARTICLE}.json`);
    expect(contentRequests.every((url) => url.startsWith(`${contentServerBase}/`))).toBe(true);
    const hero = page.locator('main article img').first();
    await expect(hero).toHaveAttribute('src', new RegExp(`^${imageServerOrigin}/`));
    await expect
      .poll(() => hero.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });

  test('are refused by a build that does not name them', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(articlePath(article));
    await waitForApp(page);
    const outcome = await page.evaluate(
      async ({ contentUrl, imageUrl }) => {
        const fetched = await fetch(contentUrl).then(
          () => 'fetched',
          () => 'refused',
        );
        const image = new Image();
        const loaded = await new Promise((resolve) => {
          image.onload = () => {
            resolve('loaded');
          };
          image.onerror = () => {
            resolve('refused');
          };
          image.src = imageUrl;
        });
        return { fetched, loaded };
      },
      {
        contentUrl: `${contentServerBase}/site.json`,
        imageUrl: `${imageServerOrigin}/content/${externalArticle.image?.src ?? ''}`,
      },
    );
    expect(outcome).toEqual({ fetched: 'refused', loaded: 'refused' });
    const reported = await violations();
    expect(reported).toContain(`connect-src ${contentServerBase}/site.json`);
    expect(reported.some((line) => line.startsWith(`img-src ${imageServerOrigin}/`))).toBe(true);
  });
});

test('the mirrors in site.json are only links, never sources the policy lets in', async ({ page }) => {
  const response = await page.goto('/');
  const header = (await response?.allHeaders())?.['content-security-policy'] ?? '';
  for (const mirror of site.mirrors ?? []) expect(header).not.toContain(new URL(mirror).host);
});
