import { screen, within } from '@testing-library/react';
import type { ArticleSummary } from '../features/content/contract/schema';
import { section, siteSource, validatedArticle } from '../testing/contentFixtures';
import { preloadRegions, renderRoute } from '../testing/renderRoute';

const site = siteSource([section('news'), section('koreas', 'news')]);
const article = validatedArticle({
  id: 'harbour-reopens',
  section: 'koreas',
  headline: 'The harbour reopens',
  byline: 'Min-ji Park',
  body: [{ type: 'paragraph', text: Array.from({ length: 700 }, () => 'word').join(' ') }],
});
const sectionPages = [{ section: 'koreas', page: 1, totalPages: 1, totalArticles: 1, items: [] }];

function summary(id: string, headline: string): ArticleSummary {
  return { id, section: 'koreas', headline, publishedAt: '2026-11-20T09:00:00Z', readingMinutes: 3 };
}

beforeAll(preloadRegions);

describe('ArticleRoute foot', () => {
  it('shows previous and next in the section, then related stories as cards with their reading time', async () => {
    renderRoute('/news/koreas/harbour-reopens', {
      site,
      sectionPages,
      articles: [article],
      articleLinks: {
        'harbour-reopens': {
          readingMinutes: 4,
          topics: [],
          previous: summary('ferry-strike', 'The ferry strike ends'),
          next: summary('new-pier', 'A new pier opens'),
          related: [summary('old-harbour', 'The old harbour’s history')],
          moreFromSection: [],
        },
      },
    });

    const neighbours = await screen.findByRole('navigation', {
      name: 'Previous and next in Title of koreas',
    });
    expect(within(neighbours).getByRole('link', { name: /Previous in Title of koreas/ })).toHaveAttribute(
      'href',
      '/news/koreas/ferry-strike',
    );
    expect(within(neighbours).getByRole('link', { name: /Next in Title of koreas/ })).toHaveAccessibleName(
      'Next in Title of koreas A new pier opens',
    );
    const related = screen.getByRole('complementary', { name: 'Related stories' });
    expect(
      within(related).getByRole('heading', { level: 3, name: 'The old harbour’s history' }),
    ).toBeVisible();
    expect(within(related).getByText('3 mins read')).toBeInTheDocument();
  });

  it('shows only the story that exists at the end of a section', async () => {
    renderRoute('/news/koreas/harbour-reopens', {
      site,
      sectionPages,
      articles: [article],
      articleLinks: {
        'harbour-reopens': {
          readingMinutes: 4,
          topics: [],
          next: summary('new-pier', 'A new pier opens'),
          related: [],
          moreFromSection: [],
        },
      },
    });

    const neighbours = await screen.findByRole('navigation', {
      name: 'Previous and next in Title of koreas',
    });
    expect(within(neighbours).getAllByRole('link')).toHaveLength(1);
    expect(within(neighbours).queryByText(/Previous in/)).not.toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: 'Related stories' })).not.toBeInTheDocument();
  });

  it('shows the article without those blocks when its links document cannot be read', async () => {
    renderRoute('/news/koreas/harbour-reopens', { site, sectionPages, articles: [article] });

    expect(await screen.findByRole('heading', { level: 1, name: 'The harbour reopens' })).toBeVisible();
    expect(screen.queryByRole('navigation', { name: /Previous and next/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: 'Related stories' })).not.toBeInTheDocument();
    expect(screen.queryByText(/mins? read/)).not.toBeInTheDocument();
  });

  it('gives the reading time from the links document in the dateline, and links the topics it names', async () => {
    renderRoute('/news/koreas/harbour-reopens', {
      site,
      sectionPages,
      articles: [{ ...article, tags: ['Harbours', 'north-korea', 'North Korea'] }],
      articleLinks: {
        'harbour-reopens': {
          readingMinutes: 4,
          topics: [
            { id: 'harbours', title: 'Harbours' },
            { id: 'north-korea', title: 'North Korea' },
          ],
          related: [],
          moreFromSection: [],
        },
      },
    });

    await screen.findByRole('heading', { level: 1, name: 'The harbour reopens' });
    const byline = screen.getByText('By Min-ji Park');
    expect(screen.getByText('4 mins read')).toBeVisible();
    // On the byline's line, in the dateline, not on a card.
    expect(screen.getAllByText(/mins? read/)).toHaveLength(1);
    expect(byline.compareDocumentPosition(screen.getByText('4 mins read'))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const topics = screen.getByRole('list', { name: 'Topics' });
    expect(
      within(topics)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/topics/harbours', '/topics/north-korea']);
  });

  it('shows the tags as written, unlinked, when the links document cannot be read', async () => {
    renderRoute('/news/koreas/harbour-reopens', {
      site,
      sectionPages,
      articles: [{ ...article, tags: ['Harbours', 'North Korea'] }],
    });

    const topics = await screen.findByRole('list', { name: 'Topics' });
    expect(within(topics).getByText('North Korea')).toBeVisible();
    expect(within(topics).queryAllByRole('link')).toEqual([]);
  });
});
