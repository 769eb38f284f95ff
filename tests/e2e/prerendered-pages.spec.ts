import { parse, type HTMLElement } from 'node-html-parser';
import { articlePath, listing, listingPage, site } from '../support/sampleContent';
import { expect, test } from '../support/test';

/** The prerendered HTML as a scraper gets it: fetched and parsed, no browser, no JavaScript. */
async function fetchPage(request: import('@playwright/test').APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  return parse(await response.text());
}

const meta = (document: HTMLElement, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

function jsonLd(document: HTMLElement): { '@graph': Record<string, unknown>[] } {
  const script = document.querySelector('script[type="application/ld+json"]');
  expect(script, 'JSON-LD script').not.toBeNull();
  return JSON.parse(script?.textContent ?? '') as { '@graph': Record<string, unknown>[] };
}

test('an article page carries its content and every metadata tag in the HTML itself', async ({ request }) => {
  const article = listing('koreas').find((candidate) =>
    candidate.body.some((block) => block.type === 'pullquote'),
  );
  if (!article) throw new Error('no Koreas article with a pull quote');
  const url = new URL(articlePath(article), site.url).toString();
  const document = await fetchPage(request, articlePath(article));

  expect(document.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
  expect(document.querySelector('html')?.getAttribute('dir')).toBe('ltr');
  expect(document.querySelector('title')?.textContent).toBe(`${article.headline} | ${site.name}`);
  expect(document.querySelector('main h1')?.textContent).toBe(article.headline);
  expect(document.querySelector('main article figure img')?.getAttribute('fetchpriority')).toBe('high');
  expect(document.querySelector('main blockquote')?.textContent).toContain(
    article.body.find((block) => block.type === 'pullquote')?.text,
  );
  expect(meta(document, 'description')).toBe(article.standfirst);
  expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
  expect(meta(document, 'og:type')).toBe('article');
  expect(meta(document, 'og:title')).toBe(article.headline);
  expect(meta(document, 'og:url')).toBe(url);
  expect(meta(document, 'og:site_name')).toBe(site.name);
  expect(meta(document, 'og:image')).toBe(`${site.url}/share-cards${articlePath(article)}/card.jpg`);
  expect(meta(document, 'og:image:width')).toBe('1200');
  expect(meta(document, 'og:image:height')).toBe('630');
  expect(meta(document, 'og:image:alt')).toBe(article.image?.alt);
  expect(meta(document, 'article:published_time')).toBe(article.publishedAt);
  expect(meta(document, 'article:section')).toBe('Koreas');
  expect(meta(document, 'twitter:card')).toBe('summary_large_image');

  const [newsArticle, breadcrumbs] = jsonLd(document)['@graph'];
  expect(newsArticle).toMatchObject({
    '@type': 'NewsArticle',
    headline: article.headline,
    datePublished: article.publishedAt,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    publisher: { '@type': 'Organization', name: site.name },
  });
  expect(breadcrumbs).toMatchObject({ '@type': 'BreadcrumbList' });
  const crumbs = (breadcrumbs?.itemListElement ?? []) as { item: string }[];
  expect(crumbs.map((crumb) => crumb.item)).toEqual([`${site.url}/news`, `${site.url}/news/koreas`, url]);
});

test('a section page and its second page are prerendered with their listing and a CollectionPage', async ({
  request,
}) => {
  const koreas = listing('koreas');
  for (const [path, first] of [
    ['/news/koreas', koreas[0]],
    ['/news/koreas/page/2', listingPage(koreas, 2)[0]],
  ] as const) {
    const document = await fetchPage(request, path);
    expect(document.querySelector('main h2 a')?.textContent).toBe(first?.headline);
    expect(meta(document, 'og:type')).toBe('website');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site.url}${path}`);
    const [collection] = jsonLd(document)['@graph'];
    expect(collection).toMatchObject({ '@type': 'CollectionPage', url: `${site.url}${path}` });
  }
});

test('the front page, /saved and the not-found page are prerendered too', async ({ request }) => {
  const front = await fetchPage(request, '/');
  expect(front.querySelector('main h1')?.textContent).toBe('Latest news');
  expect(front.querySelectorAll('main article').length).toBeGreaterThan(10);
  const saved = await fetchPage(request, '/saved');
  expect(saved.querySelector('main h1')?.textContent).toBe('Saved articles');

  const missing = await request.get('/no/such/page');
  expect(missing.status()).toBe(404);
  expect(parse(await missing.text()).querySelector('main h1')?.textContent).toBe('Page not found');
});
