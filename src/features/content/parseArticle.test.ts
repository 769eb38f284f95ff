import { describe, expect, it, vi } from 'vitest';
import { articleSource } from '@/testing/contentFixtures';
import { ContentInvalidError } from './contentErrors';
import { parseArticle } from './parseArticle';

const URL = '/content/articles/sample-article.json';
const heading = { type: 'heading', text: 'A heading' };
const paragraph = { type: 'paragraph', text: 'A paragraph.' };

function thrownBy(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

function quietWarn() {
  return vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}

describe('parseArticle', () => {
  it('returns every block of a valid article and drops nothing', () => {
    const { article, droppedBlocks } = parseArticle({ ...articleSource(), body: [heading, paragraph] }, URL);

    expect(article.body.map((block) => block.type)).toEqual(['heading', 'paragraph']);
    expect(droppedBlocks).toEqual([]);
  });

  it('does not warn about a valid article', () => {
    const warn = quietWarn();

    parseArticle(articleSource(), URL);

    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps the good blocks, in order, around a malformed one', () => {
    quietWarn();
    const data = { ...articleSource(), body: [heading, { type: 'video', src: 'a.mp4' }, paragraph] };

    const { article } = parseArticle(data, URL);

    expect(article.body.map((block) => block.type)).toEqual(['heading', 'paragraph']);
  });

  it('reports the dropped block with its path and the reason', () => {
    quietWarn();
    const data = { ...articleSource(), body: [heading, heading, heading, { type: 'video' }] };

    const { droppedBlocks } = parseArticle(data, URL);

    expect(droppedBlocks).toEqual([
      {
        path: 'body[3].type',
        message: 'expected one of paragraph, heading, pullquote, image, list, received "video"',
      },
    ]);
  });

  it('reports one entry per dropped block, even when the block has several problems', () => {
    quietWarn();
    const imageWithoutSize = { type: 'image', src: 'a.jpg', alt: '' };
    const data = { ...articleSource(), body: [imageWithoutSize, paragraph, { type: 'list', items: [] }] };

    const { droppedBlocks } = parseArticle(data, URL);

    expect(droppedBlocks.map((problem) => problem.path)).toEqual(['body[0].width', 'body[2].items']);
  });

  it('reports a block that is not an object at the block itself', () => {
    quietWarn();

    const { droppedBlocks } = parseArticle({ ...articleSource(), body: [paragraph, 'hello'] }, URL);

    expect(droppedBlocks).toEqual([{ path: 'body[1]', message: 'expected Object, received "hello"' }]);
  });

  it('warns once in the console naming the URL and each dropped block', () => {
    const warn = quietWarn();
    const data = { ...articleSource(), body: [{ type: 'video' }, paragraph, { type: 'heading', text: '' }] };

    parseArticle(data, URL);

    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(`Broadsheet: left out 2 malformed block(s) of ${URL}:`, [
      'body[0].type: expected one of paragraph, heading, pullquote, image, list, received "video"',
      'body[2].text: expected non-empty text',
    ]);
  });

  it('keeps the header fields and drops unknown ones', () => {
    const { article } = parseArticle({ ...articleSource({ byline: 'Min-ji Park' }), internal: true }, URL);

    expect(article).toMatchObject({
      id: 'sample-article',
      headline: 'A sample headline',
      byline: 'Min-ji Park',
    });
    expect(article).not.toHaveProperty('internal');
  });

  it('throws a ContentInvalidError naming the URL and the path when the header is malformed', () => {
    const data = Object.fromEntries(Object.entries(articleSource()).filter(([key]) => key !== 'headline'));

    const error = thrownBy(() => parseArticle(data, URL));

    expect(error).toBeInstanceOf(ContentInvalidError);
    expect(error).toMatchObject({
      url: URL,
      problems: [{ path: 'headline', message: 'is required but missing' }],
      message: `${URL} does not match the content contract: headline: is required but missing`,
    });
  });

  it('throws a ContentInvalidError when the body is empty', () => {
    expect(() => parseArticle({ ...articleSource(), body: [] }, URL)).toThrow(ContentInvalidError);
  });
});
