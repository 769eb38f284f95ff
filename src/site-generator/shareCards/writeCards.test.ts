// @vitest-environment node
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFolder, removeContentFolders } from '../contentFolder.test-helper';
import type { CardPlan } from './planCards';
import { writeShareCards } from './writeCards';

afterEach(removeContentFolders);

const drawing =
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect width="600" height="300" fill="#2a6f97"/></svg>';
const story = (pagePath: string, title: string, picture?: string): CardPlan => ({
  pagePath,
  text: { layout: 'article', siteName: 'Broadsheet', kicker: 'News', title },
  ...(picture === undefined ? {} : { picture }),
});
const plans: CardPlan[] = [
  { pagePath: '/', text: { layout: 'nameplate', siteName: 'Broadsheet', description: 'News, slowly.' } },
  story('/news/harbour', 'The harbour reopens', 'images/harbour.svg'),
  story('/news/quay', 'The quay is rebuilt'),
];

async function setUp() {
  const contentDir = await contentFolder({ 'images/harbour.svg': drawing });
  const cacheDir = await contentFolder({});
  const build = async (cards: readonly CardPlan[]) => {
    const outDir = await contentFolder({});
    return { outDir, report: await writeShareCards(cards, { contentDir, outDir, cacheDir }) };
  };
  return { contentDir, build };
}

describe('writeShareCards', () => {
  it('writes each page’s card where shareCardPath puts it, with its size', async () => {
    const { build } = await setUp();

    const { outDir, report } = await build(plans);

    expect([...report.sizes.keys()].sort()).toEqual([
      'share-cards/card.jpg',
      'share-cards/news/harbour/card.jpg',
      'share-cards/news/quay/card.jpg',
    ]);
    const written = await readFile(path.join(outDir, 'share-cards/news/harbour/card.jpg'));
    expect(report.sizes.get('share-cards/news/harbour/card.jpg')).toBe(written.length);
  });

  it('draws nothing the second time, and the same bytes come out', async () => {
    const { build } = await setUp();

    const first = await build(plans);
    const second = await build(plans);

    expect([first.report.drawn, second.report.drawn]).toEqual([3, 0]);
    const card = 'share-cards/news/harbour/card.jpg';
    expect(await readFile(path.join(second.outDir, card))).toEqual(
      await readFile(path.join(first.outDir, card)),
    );
  });

  it('draws again only the cards whose words or picture changed', async () => {
    const { contentDir, build } = await setUp();
    await build(plans);

    await writeFile(path.join(contentDir, 'images/harbour.svg'), drawing.replace('#2a6f97', '#97452a'));
    const [front, harbour] = plans;
    const edited = [front, harbour, story('/news/quay', 'The quay is rebuilt, again')];
    const { report } = await build(edited.filter((plan) => plan !== undefined));

    expect(report.drawn).toBe(2);
  });

  it('sets a card whose picture cannot be drawn on paper, says so, and tries again next time', async () => {
    const { build } = await setUp();
    const broken = [story('/news/gone', 'A missing picture', 'images/gone.svg')];

    const first = await build(broken);
    const second = await build(broken);

    expect(first.report.warnings).toEqual([
      'share card of /news/gone: "images/gone.svg" could not be drawn, so the card has no picture',
    ]);
    expect(second.report.drawn).toBe(1);
  });
});
