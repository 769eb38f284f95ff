import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ArticleSummary, FrontPage } from '../features/content/contract/schema';
import { hoursAfterBase, section, siteSource } from '../testing/contentFixtures';
import { resetReaderState } from '../testing/readerStateTesting';
import { preloadPages, renderRoute } from '../testing/renderRoute';

const site = siteSource([section('news'), section('koreas', 'news'), section('science'), section('culture')]);

function story(id: string, sectionId = 'koreas', hasImage = true): ArticleSummary {
  return {
    id,
    section: sectionId,
    headline: `Headline ${id}`,
    standfirst: `Standfirst ${id}`,
    publishedAt: hoursAfterBase(0),
    ...(hasImage ? { image: { src: `images/${id}.jpg`, alt: '', width: 1600, height: 900 } } : {}),
  };
}

const front: FrontPage = {
  version: 2,
  lead: story('lead'),
  secondaries: [story('second-a'), story('second-b', 'science'), story('second-c')],
  latest: [story('latest-a', 'culture', false), story('latest-b', 'news', false)],
  sections: [
    { section: 'news', items: [story('news-a'), story('news-b'), story('news-c')] },
    { section: 'science', items: [story('science-a', 'science')] },
  ],
};

const headlinesIn = (element: HTMLElement) =>
  within(element)
    .getAllByRole('heading')
    .map((heading) => heading.textContent);

describe('HomeRoute', () => {
  beforeAll(async () => {
    await preloadPages(['src/routes/HomeRoute.tsx']);
  });
  beforeEach(() => {
    resetReaderState();
  });

  it('opens with the lead, then its secondaries, beside the latest', async () => {
    renderRoute('/', { site, front });

    const top = await screen.findByRole('region', { name: 'Top stories' });
    expect(headlinesIn(top)).toEqual([
      'Headline lead',
      'Headline second-a',
      'Headline second-b',
      'Headline second-c',
    ]);
    expect(within(top).getByRole('heading', { level: 2, name: 'Headline lead' })).toBeInTheDocument();
    const latest = screen.getByRole('region', { name: 'Latest' });
    expect(headlinesIn(latest)).toEqual(['Latest', 'Headline latest-a', 'Headline latest-b']);
  });

  it('gives each section with stories a block whose heading links to the section', async () => {
    renderRoute('/', { site, front });

    const news = await screen.findByRole('region', { name: 'Title of news' });
    expect(within(news).getByRole('link', { name: 'Title of news' })).toHaveAttribute('href', '/news');
    expect(within(news).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByRole('region', { name: 'Title of science' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Title of culture' })).not.toBeInTheDocument();
  });

  it('links each story once, to its section’s address', async () => {
    renderRoute('/', { site, front });

    await screen.findByRole('region', { name: 'Top stories' });
    const storyLinks = screen
      .getAllByRole('article')
      .map((card) => within(card).getByRole('link').getAttribute('href'));
    expect(storyLinks).toHaveLength(10);
    expect(new Set(storyLinks).size).toBe(storyLinks.length);
    expect(storyLinks[0]).toBe('/news/koreas/lead');
  });

  it('loads only the lead’s picture first', async () => {
    renderRoute('/', { site, front });

    await screen.findByRole('region', { name: 'Top stories' });
    // Card pictures are decorative (the headline says it all): their role is presentation.
    const eager = screen
      .getAllByRole('presentation')
      .filter((image) => image.getAttribute('fetchpriority') === 'high');
    expect(eager.map((image) => image.getAttribute('src'))).toEqual(['/content/images/lead.jpg']);
  });

  it('saves a story from its card with a toggle named after it', async () => {
    const user = userEvent.setup();
    renderRoute('/', { site, front });

    const toggle = await screen.findByRole('button', { name: 'Save “Headline second-b”', pressed: false });
    await user.click(toggle);

    expect(screen.getByRole('button', { name: 'Save “Headline second-b”' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('says so when nothing has been published', async () => {
    renderRoute('/', { site, front: { version: 2, secondaries: [], latest: [], sections: [] } });

    expect(await screen.findByText('Nothing has been published yet. Come back soon.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Latest news' })).toBeInTheDocument();
  });
});
