import type { Page } from '@playwright/test';
import { articlePath, listing, nth } from '../support/sampleContent';
import { expect, test, waitForApp } from '../support/test';

/**
 * An article's dateline names its time zone: UTC in the prerendered HTML (the
 * build knows no reader), the reader's own once the app has taken over, with
 * the name Intl gives that zone (GMT+9 or KST, as the browser's ICU has it).
 */
const article = nth(listing('koreas'), 0);
const published = new Date(article.publishedAt);
const dateline = (page: Page) => page.locator('main article header time').first();

test.describe('in Seoul', () => {
  test.use({ timezoneId: 'Asia/Seoul' });

  test('the dateline names the reader’s zone once hydrated', async ({ page }) => {
    await page.goto(articlePath(article));
    await waitForApp(page);
    const zone = await page.evaluate(
      (instant) =>
        new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' })
          .formatToParts(new Date(instant))
          .find((part) => part.type === 'timeZoneName')?.value,
      article.publishedAt,
    );

    expect(zone).toBeTruthy();
    const escaped = (zone ?? 'no zone').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(dateline(page)).toHaveText(new RegExp(` ${escaped}$`));
  });

  test('a recent time shows its full date and time beside it, not only on hover', async ({ page }) => {
    await page.clock.setFixedTime(new Date(published.getTime() + 3 * 60 * 60 * 1000 + 60_000));
    await page.goto(articlePath(article));
    await waitForApp(page);

    await expect(dateline(page)).toHaveText(/^3 hours ago · \d{1,2} \w{3} \d{4}, \d{2}:\d{2} \S+$/);
    await expect(dateline(page)).not.toHaveAttribute('title');
  });
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false, timezoneId: 'Asia/Seoul' });

  test('the prerendered dateline names UTC', async ({ page }) => {
    await page.goto(articlePath(article));

    await expect(dateline(page)).toHaveText(/\d{4}, \d{2}:\d{2} UTC$/);
  });
});
