import { describe, expect, it, vi } from 'vitest';
import { pageSource } from '@/testing/contentFixtures';
import { ContentInvalidError } from './contentErrors';
import { parsePage } from './parsePage';

const URL = '/content/pages/about.json';
const paragraph = { type: 'paragraph' as const, text: 'Hello.' };

describe('parsePage', () => {
  it('returns the page with every block of a valid body', () => {
    const { page, droppedBlocks } = parsePage(pageSource({ body: [paragraph, paragraph] }), URL);

    expect(page.title).toBe('About us');
    expect(page.body.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
    expect(page.body.map((block) => (block.type === 'paragraph' ? block.anchor : ''))).toEqual([
      expect.stringMatching(/^p-\w+$/) as unknown,
      expect.stringMatching(/^p-\w+-2$/) as unknown,
    ]);
    expect(droppedBlocks).toEqual([]);
  });

  it('keeps the good blocks around a malformed one and says which was left out', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const { page, droppedBlocks } = parsePage({ ...pageSource(), body: [{ type: 'video' }, paragraph] }, URL);

    expect(page.body.map((block) => block.type)).toEqual(['paragraph']);
    expect(droppedBlocks).toEqual([
      {
        path: 'body[0].type',
        message: 'expected one of paragraph, heading, pullquote, image, list, received "video"',
      },
    ]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(URL), expect.any(Array));
  });

  it('throws an error naming the file and the field when the page itself is malformed', () => {
    let error: unknown;
    try {
      parsePage({ ...pageSource(), title: 7 }, URL);
    } catch (caught) {
      error = caught;
    }

    expect(error).toBeInstanceOf(ContentInvalidError);
    expect(String(error)).toContain(URL);
    expect(String(error)).toContain('title');
  });
});
