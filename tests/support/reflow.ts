import type { Page } from '@playwright/test';
import { articlePath, articleWithPullquote, type SampleArticle } from './sampleContent';
import { articleSaveButton, expect, waitForApp } from './test';

/** The page kinds every reflow and focus check visits, by name. */
export const pageKinds = [
  ['the front page', '/'],
  ['a section', '/news/koreas'],
  ['a section’s second page', '/news/koreas/page/2'],
  ['an article with a pull quote', articlePath(articleWithPullquote)],
  ['/saved', '/saved'],
  ['a page of the site’s own', '/about'],
  ['the not-found page', '/news/koreas/no-such-article'],
] as const;

/** WCAG 1.4.12's text spacing, forced on everything as a reader's style sheet would. */
export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/**
 * Text at 200 %, as a reader's minimum or default font size does it: the root
 * font size doubles, so everything set in rem grows, while media queries
 * (which read rem as the browser's initial 16 px) and the window stay as they are.
 */
export const DOUBLE_TEXT_CSS = 'html { font-size: 200% !important; }';

/**
 * Adds a reader's style sheet (a constructed one: the site's CSP rightly
 * refuses inline styles, and a user style sheet is not the page's to refuse).
 * Call the returned function to take it off again.
 */
export async function addReaderStyle(page: Page, css: string): Promise<() => Promise<void>> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
  return async () => {
    await page.evaluate(() => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1);
    });
  };
}

export function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** The elements that reach past the window's right edge, outside any box that scrolls or clips them. */
export function elementsPastRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const isClipped = (element: Element) => {
      for (
        let parent = element.parentElement;
        parent && parent !== document.body;
        parent = parent.parentElement
      ) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .filter((element) => !isClipped(element))
      .map((element) => `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 30)}"`);
  });
}

/** Where an element sits across the window: wholly inside it or not. */
export async function isWithinWindowWidth(page: Page, selector: string): Promise<boolean[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return rect.left >= 0 && rect.right <= document.documentElement.clientWidth;
    }),
  );
}

/** Saves `article` through its Save toggle, so the header counts one saved article. */
export async function saveArticle(page: Page, article: SampleArticle) {
  await page.goto(articlePath(article));
  await waitForApp(page);
  await articleSaveButton(page).click();
  await expect(page.getByRole('link', { name: /^Saved, 1 / })).toBeVisible();
}

/**
 * Reads half of `article` and goes elsewhere, so that opening it again
 * offers to continue where the reader left off.
 */
export async function leaveArticleMidway(page: Page, article: SampleArticle) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(articlePath(article));
  await waitForApp(page);
  const paragraphs = page.locator('main article p[id^="p-"]');
  await paragraphs.nth(Math.floor((await paragraphs.count()) / 2)).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  // The reading position is written a moment after scrolling stops.
  await page.waitForTimeout(800);
  await page.goto('/');
  await waitForApp(page);
  if (size) await page.setViewportSize(size);
}

type FocusCheck = { name: string; coveredBy: string | null };

/**
 * What has focus, and what is drawn over it: at the centre of its part inside
 * the window (once the browser has scrolled it into view), the element itself,
 * its content or its label should be on top, not a fixed bar or an open panel.
 * A link that wraps is drawn as one box a line; any of them will do.
 */
export function checkFocusedElement(page: Page): Promise<FocusCheck | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return null;
    const labels = focused instanceof HTMLInputElement ? [...(focused.labels ?? [])] : [];
    const isOwn = (hit: Element | null) =>
      hit !== null && (focused.contains(hit) || labels.some((label) => label.contains(hit)));
    const hits = [...focused.getClientRects()].map((rect) => {
      const left = Math.max(rect.left, 0);
      const right = Math.min(rect.right, document.documentElement.clientWidth);
      const top = Math.max(rect.top, 0);
      const bottom = Math.min(rect.bottom, document.documentElement.clientHeight);
      return document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    });
    const cover = hits.find((hit) => !isOwn(hit));
    const text = (focused.getAttribute('aria-label') ?? focused.textContent).trim().slice(0, 40);
    const where = String(Math.round(focused.getBoundingClientRect().top + window.scrollY));
    return {
      name: `${focused.tagName.toLowerCase()} "${text}" at y ${where}`,
      coveredBy: hits.some(isOwn)
        ? null
        : cover
          ? `${cover.tagName.toLowerCase()} "${cover.textContent.trim().slice(0, 30)}"`
          : 'nothing',
    };
  });
}

/**
 * Tabs through the page from its start until focus comes round again, and
 * returns each stop that something else covers ("Focus not obscured", WCAG 2.4.11).
 */
export async function obscuredTabStops(page: Page, maxStops = 250): Promise<string[]> {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  const obscured: string[] = [];
  const seen = new Set<string>();
  for (let stop = 0; stop < maxStops; stop += 1) {
    await page.keyboard.press('Tab');
    let focus = await checkFocusedElement(page);
    if (!focus) continue;
    // Looked at again a moment later: only what stays covered counts, not a frame mid-scroll.
    if (focus.coveredBy) {
      await page.evaluate(() => new Promise(requestAnimationFrame));
      focus = (await checkFocusedElement(page)) ?? focus;
    }
    if (seen.has(focus.name)) break;
    seen.add(focus.name);
    if (focus.coveredBy) obscured.push(`${focus.name} is under ${focus.coveredBy}`);
  }
  expect(seen.size, 'the walk reached some tab stops').toBeGreaterThan(5);
  return obscured;
}
