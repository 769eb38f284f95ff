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
    ['a server error', new ContentHttpError(URL, 503), 'Our server couldn’t send this article'],
    ['an invalid document', new ContentInvalidError(URL, []), 'This article arrived damaged'],
  ])('offline, explains %s as: %s', (_, error, heading) => {
    expect(explainLoadError(error, false, 'article').heading).toBe(heading);
  });

  it.each<[string, unknown, string, string]>([
    [
      'a network error',
      networkError,
      'We couldn’t load this article',
      'Check your connection and try again.',
    ],
    [
      'a page chunk that could not load',
      chunkError,
      'We couldn’t load this article',
      'Check your connection',
    ],
    ['a timeout', timeoutError, 'This article is taking too long to load', 'We waited 10 seconds'],
    [
      'a server error',
      new ContentHttpError(URL, 503),
      'Our server couldn’t send this article',
      'usually brief',
    ],
    [
      'an invalid document',
      new ContentInvalidError(URL, []),
      'This article arrived damaged',
      'the technical details below name the file to fix',
    ],
    [
      'a not-found error outside the not-found page',
      new ContentNotFoundError(URL),
      'We couldn’t show this article',
      'Try again',
    ],
    ['an unexpected error', new Error('boom'), 'We couldn’t show this article', 'Try again'],
  ])('online, explains %s as: %s', (_, error, heading, advice) => {
    const explanation = explainLoadError(error, true, 'article');

    expect(explanation.heading).toBe(heading);
    expect(explanation.advice).toContain(advice);
  });

  it.each<['article' | 'section' | 'page', string]>([
    ['article', 'We couldn’t load this article'],
    ['section', 'We couldn’t load this section'],
    ['page', 'We couldn’t load this page'],
  ])('names what the reader was opening: a %s', (opened, heading) => {
    expect(explainLoadError(networkError, true, opened).heading).toBe(heading);
  });

  it('never puts the address or the technical reason in the reader’s words', () => {
    for (const error of [networkError, chunkError, timeoutError, new ContentHttpError(URL, 503)]) {
      const { heading, advice } = explainLoadError(error, true, 'article');

      expect(`${heading} ${advice}`).not.toMatch(/\/content\/|\.json|\.tsx|Failed to fetch|503/);
    }
  });

  it('tells an offline reader what they opened will come back by itself', () => {
    expect(explainLoadError(networkError, false, 'section').advice).toBe(
      'This section needs a connection to load. Check your Wi-Fi or mobile data: it will load by itself as soon as you’re back online.',
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
