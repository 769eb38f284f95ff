// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  hoursAfterBase,
  section,
  siteSource,
  validatedArticle,
  validatedPage,
} from '../../testing/contentFixtures';
import { siteShape } from '../siteShape';
import { planShareCards } from './planCards';

const picture = (src: string) => ({ src, alt: 'A picture', width: 1200, height: 675 });
const site = siteSource([section('news'), section('koreas', 'news'), section('science')]);
const articles = [
  validatedArticle({
    id: 'newest',
    section: 'koreas',
    publishedAt: hoursAfterBase(0),
    image: picture('https://img.example/a.jpg'),
  }),
  validatedArticle({
    id: 'older',
    section: 'koreas',
    publishedAt: hoursAfterBase(-1),
    image: picture('images/older.svg'),
  }),
  validatedArticle({ id: 'oldest', section: 'news', publishedAt: hoursAfterBase(-2) }),
];

describe('planShareCards', () => {
  const plans = planShareCards(
    siteShape(site, articles, [validatedPage({ id: 'about', title: 'About us' })]),
  );
  const planOf = (pagePath: string) => plans.find((plan) => plan.pagePath === pagePath);

  it('plans one card for the front page, each section, each article and each page', () => {
    expect(plans.map((plan) => plan.pagePath)).toEqual([
      '/',
      '/news',
      '/news/koreas',
      '/science',
      '/news/koreas/newest',
      '/news/koreas/older',
      '/news/oldest',
      '/about',
    ]);
  });

  it('sets the front page as the site’s nameplate', () => {
    expect(planOf('/')).toEqual({
      pagePath: '/',
      text: { layout: 'nameplate', siteName: 'Broadsheet', description: 'News, slowly.' },
    });
  });

  it('gives an article its headline, its section and its own picture, but not one on another server', () => {
    expect(planOf('/news/koreas/older')).toEqual({
      pagePath: '/news/koreas/older',
      text: {
        layout: 'article',
        siteName: 'Broadsheet',
        kicker: 'Title of koreas',
        title: 'A sample headline',
      },
      picture: 'images/older.svg',
    });
    expect(planOf('/news/koreas/newest')?.picture).toBeUndefined();
  });

  it('gives a section the picture of its newest article that has one to draw, and its parent as kicker', () => {
    expect(planOf('/news/koreas')).toEqual({
      pagePath: '/news/koreas',
      text: {
        layout: 'section',
        siteName: 'Broadsheet',
        kicker: 'Title of news',
        title: 'Title of koreas',
        description: 'The latest from Title of koreas at Broadsheet.',
      },
      picture: 'images/older.svg',
    });
    expect(planOf('/news')?.picture).toBe('images/older.svg');
    expect(planOf('/science')).not.toHaveProperty('picture');
  });
});
