import { pagePaths } from '../../features/content/contract/paths.ts';
import { cardPicture, sectionDescription } from '../../features/content/contract/shareCard.ts';
import type { SiteShape } from '../siteShape.ts';
import type { CardText } from './cardLayout.ts';

/** One card to draw: the page it is for, its words and the content file of its picture, if any. */
export type CardPlan = { pagePath: string; text: CardText; picture?: string };

/**
 * A card for the front page, each section, each article and each of the
 * site's own pages (set like a section's, on paper). An article's
 * card shows its own picture; a section's the picture of its newest article
 * that has one the build can draw; the front page is the site's nameplate.
 */
export function planShareCards(shape: SiteShape): CardPlan[] {
  const { site, tree } = shape;
  const siteName = site.name;
  const plans: CardPlan[] = [
    { pagePath: pagePaths.front(), text: { layout: 'nameplate', siteName, description: site.description } },
  ];
  for (const section of site.sections) {
    const node = tree[section.id];
    if (!node) continue;
    const parent = node.trail.at(-2);
    const newest = shape.listings.get(section.id)?.find((article) => cardPicture(article.image));
    plans.push({
      pagePath: node.path,
      text: {
        layout: 'section',
        siteName,
        ...(parent ? { kicker: parent.title } : {}),
        title: section.title,
        description: sectionDescription(section.title, siteName),
      },
      ...(newest?.image ? { picture: newest.image.src } : {}),
    });
  }
  for (const article of shape.articles) {
    const section = tree[article.section];
    const picture = cardPicture(article.image);
    plans.push({
      pagePath: shape.articlePath(article),
      text: {
        layout: 'article',
        siteName,
        ...(section ? { kicker: section.title } : {}),
        title: article.headline,
      },
      ...(picture ? { picture: picture.src } : {}),
    });
  }
  for (const page of shape.pages) {
    plans.push({
      pagePath: pagePaths.page(page.id),
      text: {
        layout: 'section',
        siteName,
        title: page.title,
        description: page.description ?? site.description,
      },
    });
  }
  return plans;
}
