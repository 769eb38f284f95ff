import { articlePath, listing, nth } from '../support/sampleContent';
import { articleSaveButton, expect, expectNoAxeViolations, test, waitForApp } from '../support/test';

const koreas = listing('koreas');

test('save an article, find it on /saved after a reload, remove it and undo', async ({ page }) => {
  const article = nth(koreas, 1);
  await page.goto(articlePath(article));
  await waitForApp(page);
  const save = articleSaveButton(page);
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  // One name whatever the state, so it is never read as "Saved, pressed".
  await expect(save).toHaveAccessibleName('Save');

  await page.getByRole('link', { name: /^Saved/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved articles' })).toBeFocused();
  const list = page.getByRole('list', { name: 'Saved articles' });
  await expect(list.getByRole('link', { name: article.headline })).toHaveAttribute(
    'href',
    articlePath(article),
  );

  await page.reload();
  await expect(list.getByRole('link', { name: article.headline })).toBeVisible();

  await list.getByRole('button', { name: `Remove “${article.headline}” from saved articles` }).click();
  await expect(list.getByRole('link', { name: article.headline })).toBeHidden();
  await expect(page.getByText('You have not saved any articles yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('link', { name: article.headline })).toBeVisible();

  await page.reload();
  await expect(list.getByRole('link', { name: article.headline })).toBeVisible();
});

test('the save toggle on a card saves from the listing, newest first on /saved', async ({ page }) => {
  const [first, second] = [nth(koreas, 0), nth(koreas, 1)];
  await page.goto('/news/koreas');
  await waitForApp(page);
  await page.getByRole('button', { name: `Save “${first.headline}”` }).click();
  await page.getByRole('button', { name: `Save “${second.headline}”` }).click();
  await expect(page.getByRole('button', { name: `Save “${second.headline}”` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goto('/saved');
  await waitForApp(page);
  const headlines = page.getByRole('list', { name: 'Saved articles' }).getByRole('heading');
  await expect(headlines).toHaveText([second.headline, first.headline]);
});

test('the header’s Saved link says how many articles, in the singular and the plural', async ({ page }) => {
  const [first, second] = [nth(koreas, 0), nth(koreas, 1)];
  await page.goto('/news/koreas');
  await waitForApp(page);
  const savedLink = page.getByRole('banner').getByRole('link', { name: /^Saved/ });
  await expect(savedLink).toHaveAccessibleName('Saved');
  await page.getByRole('button', { name: `Save “${first.headline}”` }).click();
  await expect(savedLink).toHaveAccessibleName('Saved, 1 article');
  await page.getByRole('button', { name: `Save “${second.headline}”` }).click();
  await expect(savedLink).toHaveAccessibleName('Saved, 2 articles');
});

test('removing a saved article moves focus to Undo, and Undo back to the article, never to the page', async ({
  page,
}) => {
  const [first, second] = [nth(koreas, 0), nth(koreas, 1)];
  await page.goto('/news/koreas');
  await waitForApp(page);
  for (const article of [first, second]) {
    await page.getByRole('button', { name: `Save “${article.headline}”` }).click();
  }
  await page.goto('/saved');
  await waitForApp(page);
  const list = page.getByRole('list', { name: 'Saved articles' });
  const remove = (headline: string) =>
    list.getByRole('button', { name: `Remove “${headline}” from saved articles` });
  const undo = page.getByRole('button', { name: 'Undo' });
  const focused = () => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? 'nothing');

  await remove(second.headline).focus();
  await page.keyboard.press('Enter');
  await expect(undo).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(remove(second.headline)).toBeFocused();

  // Both, one after the other: the last removal too leaves focus on Undo.
  await page.keyboard.press('Enter');
  await expect(undo).toBeFocused();
  await remove(first.headline).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('You have not saved any articles yet.')).toBeVisible();
  await expect(undo).toBeFocused();
  expect(await focused()).not.toMatch(/^<body/);
});

test('two tabs of one browser stay in sync while both save', async ({ context }) => {
  const [left, right] = [await context.newPage(), await context.newPage()];
  await Promise.all([left.goto('/news/koreas'), right.goto('/news/koreas')]);
  await Promise.all([waitForApp(left), waitForApp(right)]);
  const picks = koreas.slice(2, 8);
  // Interleaved saves from both tabs, as fast as the reader can click.
  await Promise.all([
    (async () => {
      for (const article of picks.filter((_, index) => index % 2 === 0)) {
        await left.getByRole('button', { name: `Save “${article.headline}”` }).click();
      }
    })(),
    (async () => {
      for (const article of picks.filter((_, index) => index % 2 === 1)) {
        await right.getByRole('button', { name: `Save “${article.headline}”` }).click();
      }
    })(),
  ]);

  for (const tab of [left, right]) {
    for (const article of picks) {
      await expect(tab.getByRole('button', { name: `Save “${article.headline}”` })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    }
    await expect(tab.getByRole('link', { name: /^Saved/ })).toContainText(String(picks.length));
  }
  await left.goto('/saved');
  await expect(left.getByRole('list', { name: 'Saved articles' }).getByRole('listitem')).toHaveCount(
    picks.length,
  );
});

test('a corrupted saved list is set aside, reported, and the list starts clean', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  // Once the app has read its state, so that only the next page meets the damage.
  await waitForApp(page);
  await page.evaluate(() => {
    localStorage.setItem('broadsheet:saved', '{"version":2,"data":{"entries":"oops"');
  });
  await page.goto('/saved');
  await waitForApp(page);
  await expect(page.getByRole('alert')).toContainText(
    'Your saved list could not be read because it is not valid JSON',
  );
  const keptAside = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('broadsheet:saved:corrupt:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(keptAside).toEqual(['{"version":2,"data":{"entries":"oops"']);
  await expect(page.getByText('You have not saved any articles yet.')).toBeVisible();
});

test('with storage turned off the site still works and says saving is unavailable', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const article = nth(koreas, 3);
  await page.goto(articlePath(article));
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
  const save = articleSaveButton(page);
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(save).toHaveAccessibleName('Save (this tab only)');
  await page.getByRole('link', { name: /^Saved/ }).click();
  await expect(page.getByRole('alert')).toContainText('Saving is unavailable in this browser');
  await expect(
    page.getByRole('list', { name: 'Saved articles' }).getByRole('link', { name: article.headline }),
  ).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`/saved has no axe violations, empty and with articles (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/saved');
    await waitForApp(page);
    await expect(page.getByText('You have not saved any articles yet.')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/news/koreas');
    await waitForApp(page);
    await page.getByRole('button', { name: `Save “${nth(koreas, 0).headline}”` }).click();
    await page.getByRole('link', { name: /^Saved/ }).click();
    await expect(page.getByRole('list', { name: 'Saved articles' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the saved list exports as JSON and as browser bookmarks, and the JSON imports back', async ({
  page,
}) => {
  const article = nth(koreas, 4);
  await page.goto(articlePath(article));
  await waitForApp(page);
  await articleSaveButton(page).click();
  await page.goto('/saved');
  await waitForApp(page);

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as JSON' }).click(),
  ]);
  const exported = JSON.parse(await readDownload(jsonDownload)) as {
    format: string;
    articles: { id: string }[];
  };
  expect(exported.format).toBe('broadsheet-saved-articles');
  expect(exported.articles.map((entry) => entry.id)).toEqual([article.id]);

  const [bookmarkDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as browser bookmarks' }).click(),
  ]);
  const bookmarks = await readDownload(bookmarkDownload);
  expect(bookmarks.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>')).toBe(true);
  expect(bookmarks).toContain(`HREF="https://broadsheet.example${articlePath(article)}"`);

  // A fresh browser imports the export: one new article, one rejected entry reported.
  await page.evaluate(() => {
    localStorage.clear();
  });
  await page.reload();
  await waitForApp(page);
  const file = JSON.stringify({ ...exported, articles: [...exported.articles, { id: 'Not An Id' }] });
  await page
    .getByLabel('Import JSON export…')
    .setInputFiles({ name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 article.' })).toContainText(
    'Rejected 1 entry that could not be read',
  );
  await expect(
    page.getByRole('list', { name: 'Saved articles' }).getByRole('link', { name: article.headline }),
  ).toBeVisible();
});

async function readDownload(download: import('@playwright/test').Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}
