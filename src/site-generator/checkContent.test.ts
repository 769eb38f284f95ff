// @vitest-environment node
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { RESERVED_TOP_LEVEL_IDS } from '../features/content/contract/sectionRules';
import { articleSource, pageSource, section, siteSource } from '../testing/contentFixtures';
import { checkContent } from './checkContent';
import {
  contentFolder,
  removeContentFolders,
  sampleContentCopy,
  sampleContentDir,
} from './contentFolder.test-helper';

afterEach(removeContentFolders);

const photo = (src: string, width: number, height: number) => ({ src, alt: 'A photo', width, height });

/** A site with News and its child Koreas, plus `files`, and a 700 × 400 photo at images/harbour.jpg. */
async function contentWithPhoto(files: Record<string, unknown>): Promise<string> {
  const dir = await contentFolder({
    'site.json': siteSource([section('news'), section('koreas', 'news')]),
    ...files,
  });
  await mkdir(path.join(dir, 'images'), { recursive: true });
  const jpeg = await sharp({ create: { width: 700, height: 400, channels: 3, background: '#3a7bd5' } })
    .jpeg()
    .toBuffer();
  await writeFile(path.join(dir, 'images/harbour.jpg'), jpeg);
  return dir;
}

describe('checkContent', () => {
  it('finds no problem in the sample content and gives its shape and photos', async () => {
    const { problems, shape, variantSources } = await checkContent(sampleContentDir);

    expect(problems).toEqual([]);
    expect(shape?.articles.length).toBeGreaterThanOrEqual(40);
    expect(shape?.pages.map((page) => page.id)).toEqual(['about', 'contact', 'corrections', 'privacy']);
    expect(variantSources.length).toBeGreaterThan(0);
  });

  it('reads the ledger of past addresses, and names the entry and field of a broken one', async () => {
    const ledger = {
      withdrawn: [{ path: '/news/old-story', withdrawnAt: '2026-12-01T09:00:00Z' }],
      moved: [{ path: '/news/koreas/river', article: 'river' }],
    };
    const valid = await contentWithPhoto({
      'articles/river.json': articleSource({ id: 'river' }),
      'past-addresses.json': ledger,
    });
    const checked = await checkContent(valid);
    expect(checked.problems).toEqual([]);
    expect(checked.shape?.pastAddresses).toEqual(ledger);

    const broken = await contentWithPhoto({
      'articles/river.json': articleSource({ id: 'river' }),
      'past-addresses.json': { withdrawn: [{ path: 'news/old story', withdrawnAt: 'yesterday' }] },
    });
    const { problems } = await checkContent(broken);
    expect(problems).toEqual([
      expect.stringMatching(/^past-addresses\.json: withdrawn\[0\]\.path: expected a site path/),
      expect.stringMatching(
        /^past-addresses\.json: withdrawn\[0\]\.withdrawnAt: expected an ISO 8601 date-time/,
      ),
    ]);
  });

  it('reports a file that is not JSON once, beside the problems of the files that are', async () => {
    const dir = await contentWithPhoto({
      'articles/broken.json': '{ "id": "broken", ',
      'articles/harbour.json': articleSource({ id: 'harbour', section: 'koreas', headline: '' }),
    });

    const { problems, shape } = await checkContent(dir);

    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^articles\/broken\.json: is not valid JSON \(.+\)$/);
    expect(problems[1]).toMatch(/^articles\/harbour\.json: headline: /);
    expect(shape?.articles).toEqual([]);
  });

  it('reports a broken block, a shared address and a wrong photo size in one run, by file', async () => {
    const dir = await contentWithPhoto({
      'articles/storm.json': { ...articleSource({ id: 'storm' }), body: [{ type: 'video' }] },
      'articles/koreas.json': articleSource({ id: 'koreas', section: 'news' }),
      'articles/harbour.json': articleSource({ id: 'harbour', image: photo('images/harbour.jpg', 700, 401) }),
    });

    const { problems, shape } = await checkContent(dir);

    expect(problems).toEqual([
      'articles/harbour.json: image.height: expected 400, the height of images/harbour.jpg, received 401',
      'articles/koreas.json: id: the address /news/koreas of article "koreas" is already the address of ' +
        'section "koreas" (site.json sections[1].id); rename one of them',
      'articles/storm.json: body[0].type: expected one of paragraph, heading, pullquote, image, list, received "video"',
    ]);
    expect(shape?.articles.map((article) => article.id)).toEqual(['harbour', 'koreas']);
  });

  it('checks the site’s own pages as it checks articles, and gives the valid ones to the shape by id', async () => {
    const dir = await contentWithPhoto({
      'articles/storm.json': articleSource({ id: 'storm' }),
      'pages/privacy.json': pageSource({ id: 'privacy', title: 'Privacy' }),
      'pages/about.json': pageSource({ id: 'about' }),
      'pages/news.json': pageSource({ id: 'news' }),
      'pages/feeds.json': pageSource({ id: 'feeds' }),
      'pages/map.json': pageSource({
        id: 'map',
        body: [{ type: 'image', ...photo('images/harbour.jpg', 600, 400) }],
      }),
      'pages/contact-us.json': pageSource({ id: 'contact', title: '' }),
    });

    const { problems, shape } = await checkContent(dir);

    expect(problems).toEqual([
      'pages/contact-us.json: id: expected "contact-us" to match the file name, received "contact"',
      'pages/contact-us.json: title: expected non-empty text',
      `pages/feeds.json: id: expected an id the site does not keep for itself (${[...RESERVED_TOP_LEVEL_IDS].join(', ')}), received "feeds"`,
      'pages/map.json: body[0].width: expected 700, the width of images/harbour.jpg, received 600',
      'pages/news.json: id: the address /news of page "news" is already the address of section "news" ' +
        '(site.json sections[0].id); rename one of them',
    ]);
    expect(shape?.pages.map((page) => page.id)).toEqual(['about', 'map', 'news', 'privacy']);
  });

  it('checks the images of a page that breaks the contract elsewhere', async () => {
    const dir = await contentWithPhoto({
      'articles/storm.json': articleSource({ id: 'storm' }),
      'pages/about.json': {
        ...pageSource({ id: 'about', body: [{ type: 'image', ...photo('images/gone.jpg', 700, 400) }] }),
        title: 42,
      },
    });

    const { problems } = await checkContent(dir);

    expect(problems).toEqual([
      'pages/about.json: title: expected string, received 42',
      'pages/about.json: body[0].src: "images/gone.jpg" is missing',
    ]);
  });

  it('checks the images of an article that breaks the contract elsewhere', async () => {
    const dir = await contentWithPhoto({
      'articles/storm.json': {
        ...articleSource({ id: 'storm', section: 'weather', image: photo('images/gone.jpg', 700, 400) }),
        body: [
          { type: 'image', ...photo('images/harbour.jpg', 600, 400) },
          { type: 'image', ...photo('../outside.jpg', 700, 400) },
        ],
      },
    });

    const { problems } = await checkContent(dir);

    expect(problems).toEqual([
      'articles/storm.json: section: unknown section "weather", expected one of news, koreas',
      'articles/storm.json: body[1].src: expected a path inside the content folder such as images/harbour.jpg, or an http(s) address, received "../outside.jpg"',
      'articles/storm.json: image.src: "images/gone.jpg" is missing',
      'articles/storm.json: body[0].width: expected 700, the width of images/harbour.jpg, received 600',
    ]);
  });

  it('reports a picture from a server the policy would block, a broken block and a bad option together', async () => {
    const dir = await contentWithPhoto({
      'articles/storm.json': {
        ...articleSource({ id: 'storm', image: photo('https://photos.example/storm.jpg', 700, 400) }),
        headline: '',
      },
    });

    const { problems } = await checkContent(dir, { contentBase: 'content' });

    expect(problems).toEqual([
      'BROADSHEET_CONTENT_BASE: expected an http:// or https:// address such as https://content.example.org/v1, or a path on this site such as /content, received "content"',
      'articles/storm.json: headline: expected non-empty text',
      'articles/storm.json: image.src: the image is on https://photos.example, which site.json imageOrigins does not list, so browsers would refuse it; add "https://photos.example" to imageOrigins',
    ]);
  });

  it('reports a deployment address that is not a web address with the content’s own problems', async () => {
    const dir = await contentWithPhoto({
      'articles/storm.json': { ...articleSource({ id: 'storm' }), headline: '' },
    });

    const { problems } = await checkContent(dir, { siteUrl: 'me.github.io' });

    expect(problems).toEqual([
      expect.stringMatching(/^BROADSHEET_SITE_URL: expected an http:\/\/ or https:\/\/ address/) as unknown,
      'articles/storm.json: headline: expected non-empty text',
    ]);
  });

  it('checks against the deployment’s own address when one is set', async () => {
    const dir = await contentWithPhoto({
      'articles/storm.json': articleSource({
        id: 'storm',
        image: photo('https://cdn.example/storm.jpg', 700, 400),
      }),
    });

    const { problems, shape } = await checkContent(dir, { siteUrl: 'https://cdn.example/gazette/' });

    expect(problems).toEqual([]);
    expect(shape?.site.url).toBe('https://cdn.example/gazette/');
  });

  it('still checks the articles and their images when site.json breaks the contract', async () => {
    const dir = await contentWithPhoto({
      'site.json': { ...siteSource(), language: 'english' },
      'articles/harbour.json': articleSource({ id: 'harbour', image: photo('images/harbour.jpg', 70, 400) }),
    });

    const { problems, shape } = await checkContent(dir);

    expect(problems).toEqual([
      'site.json: language: expected a BCP 47 language tag such as en-GB, received "english"',
      'articles/harbour.json: image.width: expected 700, the width of images/harbour.jpg, received 70',
    ]);
    expect(shape).toBeUndefined();
  });

  it('reports problems in two files of a copy of the sample content together', async () => {
    const dir = await sampleContentCopy();
    const edit = async (file: string, change: (data: Record<string, unknown>) => void) => {
      const data = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Record<string, unknown>;
      change(data);
      await writeFile(path.join(dir, file), JSON.stringify(data));
    };
    await edit('site.json', (site) => (site.url = 'news.example'));
    await edit('articles/boseong-green-tea-fields.json', (article) => {
      (article.image as { width: number }).width = 1601;
    });

    const { problems } = await checkContent(dir);

    expect(problems).toEqual([
      'site.json: url: expected an absolute URL such as https://news.example, received "news.example"',
      'articles/boseong-green-tea-fields.json: image.width: expected 1600, the width of images/boseong-green-tea-fields.jpg, received 1601',
    ]);
  });
  it('takes a known article as it was checked, without reading its file, and still checks its place', async () => {
    const river = articleSource({
      id: 'river',
      section: 'koreas',
      headline: 'The river rises',
      body: [
        { type: 'paragraph', text: 'The ferry waited.' },
        { type: 'image', ...photo('images/harbour.jpg', 700, 400) },
        { type: 'paragraph', text: 'The water rose by a metre before noon.' },
      ],
    });
    const dir = await contentWithPhoto({
      'articles/river.json': river,
      'articles/harbour.json': articleSource({ id: 'harbour', section: 'koreas' }),
    });
    const first = await checkContent(dir);
    const known = first.checkedArticles.get('articles/river.json');
    if (!known) throw new Error('river was not checked');
    expect(known.listed).toMatchObject({ id: 'river', headline: 'The river rises', readingMinutes: 1 });
    expect(known.listed.bodyImages).toEqual([
      { where: 'body[1]', image: { src: 'images/harbour.jpg', width: 700, height: 400 } },
    ]);
    expect(known.listed).not.toHaveProperty('body');

    // Known, the file is not read: bytes that are not even JSON go unnoticed.
    await writeFile(path.join(dir, 'articles/river.json'), 'not JSON');
    const again = await checkContent(dir, {}, undefined, new Map([['articles/river.json', known]]));
    expect(again.problems).toEqual([]);
    expect(again.shape?.articles.find((article) => article.id === 'river')).toBe(known.listed);
    expect(again.variantSources.map((source) => source.src)).toEqual(['images/harbour.jpg']);

    // Its place among the others is checked again: here its section is gone from site.json.
    await writeFile(path.join(dir, 'site.json'), JSON.stringify(siteSource([section('news')])));
    const moved = await checkContent(dir, {}, undefined, new Map([['articles/river.json', known]]));
    expect(moved.problems).toContain(
      'articles/river.json: section: unknown section "koreas", expected one of news',
    );
  });
});
