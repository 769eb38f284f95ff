import { describe, expect, it } from 'vitest';
import {
  ContentHttpError,
  ContentInvalidError,
  ContentNetworkError,
  ContentNotFoundError,
  ContentTimeoutError,
} from '@/features/content/contentErrors';
import { ChunkLoadError } from '@/lib/chunkLoadError';
import { explainLoadError } from './explainLoadError';

const URL = '/content/front.json';
const networkError = new ContentNetworkError(URL, new TypeError('Failed to fetch'));
const chunkError = new ChunkLoadError('src/routes/SectionRoute.tsx', new TypeError('Failed to fetch'));
const timeoutError = new ContentTimeoutError(URL, 10_000);

describe('explainLoadError', () => {
  it.each<[string, unknown, string]>([
    ['a network error', networkError, 'You’re offline'],
    ['a page chunk that could not load', chunkError, 'You’re offline'],
    ['a timeout', timeoutError, 'You’re offline'],
    ['a server error', new ContentHttpError(URL, 503), 'The server had a problem'],
    ['an invalid document', new ContentInvalidError(URL, []), 'This page’s content is damaged'],
  ])('offline, explains %s as: %s', (_, error, heading) => {
    expect(explainLoadError(error, false).heading).toBe(heading);
  });

  it.each<[string, unknown, string]>([
    ['a network error', networkError, 'We could not reach the newsroom'],
    ['a page chunk that could not load', chunkError, 'We could not reach the newsroom'],
    ['a timeout', timeoutError, 'The newsroom is taking too long to answer'],
    ['a server error', new ContentHttpError(URL, 503), 'The server had a problem'],
    ['an invalid document', new ContentInvalidError(URL, []), 'This page’s content is damaged'],
    ['a not-found error outside the not-found page', new ContentNotFoundError(URL), 'Something went wrong'],
    ['an unexpected error', new Error('boom'), 'Something went wrong'],
  ])('online, explains %s as: %s', (_, error, heading) => {
    expect(explainLoadError(error, true).heading).toBe(heading);
  });

  it('says how long it waited before giving up', () => {
    expect(explainLoadError(timeoutError, true).advice).toContain('We waited 10 seconds');
  });

  it('tells an offline reader the page will come back by itself', () => {
    expect(explainLoadError(networkError, false).advice).toContain(
      'the page will load by itself as soon as you’re back online',
    );
  });

  it.each<[string, unknown, boolean]>([
    ['a network error', networkError, true],
    ['a page chunk that could not load', chunkError, true],
    ['a timeout', timeoutError, true],
    ['a server error', new ContentHttpError(URL, 500), false],
    ['an invalid document', new ContentInvalidError(URL, []), false],
    ['an unexpected error', new Error('boom'), false],
  ])('counts %s as about the connection: %s', (_, error, expected) => {
    expect(explainLoadError(error, true).isAboutConnection).toBe(expected);
  });
});
