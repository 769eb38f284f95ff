// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { searchablePage } from './searchablePage';

const page = (body: string) =>
  `<!doctype html>\n<html lang="en-GB" dir="ltr"><head><title>T</title><script id="query-state" type="application/json">{"big":"state"}</script></head>` +
  `<body><div id="root"><header>Broadsheet</header><main>${body}</main><footer>About</footer></div></body></html>`;

describe('searchablePage', () => {
  it('keeps the html tag and the marked article, with its bundle as a filter, and nothing around them', () => {
    const opening = '<article class="x" data-pagefind-body="true">';
    const article = `${opening}<h1>Headline</h1><p>Text.</p></article>`;

    expect(
      searchablePage(page(`${article}<aside><img src="card.jpg"></aside>`), 'a/index.html', '2024'),
    ).toBe(
      `<!doctype html><html lang="en-GB" dir="ltr"><body>${opening}<span data-pagefind-filter="bundle:2024"></span><h1>Headline</h1><p>Text.</p></article></body></html>`,
    );
  });

  it('ends at the marked article’s own end tag when an article sits inside it', () => {
    const article =
      '<article data-pagefind-body="true"><p>Before.</p><article><p>Inside.</p></article><p>After.</p></article>';

    expect(searchablePage(page(`${article}<article>Card</article>`), 'a/index.html', 'recent')).toContain(
      `<p>Inside.</p></article><p>After.</p></article></body>`,
    );
  });

  it('names the file of a page with no marked article', () => {
    expect(() =>
      searchablePage(page('<article><p>Text.</p></article>'), 'news/x/index.html', 'recent'),
    ).toThrow('news/x/index.html has no <article data-pagefind-body>');
  });
});
