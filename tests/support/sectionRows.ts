import type { Page } from '@playwright/test';

export const sectionNav = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

/** Each row of the section navigation as the browser lays it out. */
export function measureRows(page: Page) {
  return sectionNav(page).evaluate((element) =>
    [...element.querySelectorAll('ul')].map((row) => {
      const links = [...row.querySelectorAll('a')];
      const rowBox = row.getBoundingClientRect();
      const current = row.querySelector('[aria-current]')?.getBoundingClientRect();
      return {
        label: row.getAttribute('aria-label'),
        /** `News (page)`: each link's text, with its aria-current if it has one. */
        items: links.map((link) => `${link.textContent}${link.ariaCurrent ? ` (${link.ariaCurrent})` : ''}`),
        lineCount: new Set(links.map((link) => link.offsetTop)).size,
        isTallerThanALine: row.clientHeight > Math.max(...links.map((link) => link.offsetHeight)),
        smallestTarget: Math.min(...links.map((link) => link.getBoundingClientRect().height)),
        isWiderThanShown: row.scrollWidth > row.clientWidth,
        scrollsSideways: getComputedStyle(row).overflowX === 'auto',
        showsCurrent: !current || (current.left >= rowBox.left - 0.5 && current.right <= rowBox.right + 0.5),
      };
    }),
  );
}

/**
 * Makes the section links wide, so the rows overflow a phone and their
 * current items start out of view. A constructed style sheet, because the
 * pages' policy refuses inline styles.
 */
export function widenSectionLinks(page: Page) {
  return page.addInitScript(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('nav[aria-label="Sections"] a { padding-inline: 56px }');
    document.adoptedStyleSheets = [sheet];
  });
}
