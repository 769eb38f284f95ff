import { render } from '@testing-library/react';
import { siteSource } from '../../testing/contentFixtures';
import { toSite } from '../content/site';
import { PageMetadata } from './PageMetadata';

const site = toSite({ ...siteSource(), url: 'https://example.github.io/broadsheet', pages: [] });

/** The content of the one head tag with this property or name; fails when there is none or more than one. */
function headMeta(key: string): string | null {
  // eslint-disable-next-line testing-library/no-node-access -- head tags have no role or text to query by
  const tags = document.head.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`);
  expect(tags, key).toHaveLength(1);
  return tags[0]?.getAttribute('content') ?? null;
}

function renderArticleMetadata(image?: { src: string; alt: string }) {
  render(
    <PageMetadata
      site={site}
      title="The harbour reopens"
      description="The first ferry left at dawn."
      url="https://example.github.io/broadsheet/news/harbour-reopens"
      shareCard={{
        pagePath: '/news/harbour-reopens',
        subject: { kind: 'article', headline: 'The harbour reopens', image },
      }}
    />,
  );
}

describe('PageMetadata', () => {
  it('offers the page’s share card as its preview picture, at its absolute address below the base path', () => {
    renderArticleMetadata({ src: 'images/harbour.svg', alt: 'Ferries at the quay' });

    const card = 'https://example.github.io/broadsheet/share-cards/news/harbour-reopens/card.jpg';
    expect(headMeta('og:image')).toBe(card);
    expect(headMeta('twitter:image')).toBe(card);
    expect(headMeta('og:image:type')).toBe('image/jpeg');
    expect([headMeta('og:image:width'), headMeta('og:image:height')]).toEqual(['1200', '630']);
    expect(headMeta('og:image:alt')).toBe('Ferries at the quay');
    expect(headMeta('twitter:image:alt')).toBe('Ferries at the quay');
  });

  it.each([
    ['no picture', undefined],
    [
      'a picture on another server, which the card cannot show',
      { src: 'https://img.example/a.jpg', alt: 'A' },
    ],
    ['a picture described as decorative', { src: 'images/harbour.jpg', alt: '' }],
  ])('describes the card by the site and headline for an article with %s', (_case, image) => {
    renderArticleMetadata(image);

    expect(headMeta('og:image:alt')).toBe('Broadsheet: The harbour reopens');
  });

  it('leaves out every picture tag on a page without a share card', () => {
    render(<PageMetadata site={site} title="Saved" description="Saved articles." url={site.url} />);

    expect(
      // eslint-disable-next-line testing-library/no-node-access -- head tags have no role or text to query by
      document.head.querySelectorAll('meta[property^="og:image"], meta[name^="twitter:image"]'),
    ).toHaveLength(0);
    expect(headMeta('twitter:card')).toBe('summary_large_image');
  });
});
