import { describe, expect, it } from 'vitest';
import {
  ContentHttpError,
  ContentInvalidError,
  ContentNetworkError,
  ContentNotFoundError,
  ContentTimeoutError,
} from './contentErrors';
import { contentRetryDelay, NOT_FOUND_RECHECK_MS, shouldRetryContent } from './retryPolicy';

const URL = '/content/site.json';

describe('shouldRetryContent', () => {
  it.each<[string, unknown, boolean]>([
    ['a network error', new ContentNetworkError(URL, new TypeError('Failed to fetch')), true],
    ['a not-found error', new ContentNotFoundError(URL), true],
    ['a 500', new ContentHttpError(URL, 500), true],
    ['a 503', new ContentHttpError(URL, 503), true],
    ['a timeout', new ContentTimeoutError(URL, 10_000), false],
    ['a 403', new ContentHttpError(URL, 403), false],
    ['a 429', new ContentHttpError(URL, 429), false],
    ['an invalid document', new ContentInvalidError(URL, []), false],
    ['a plain Error', new Error('boom'), false],
    ['a thrown string', 'boom', false],
  ])('on a navigation, after a first failure, retries %s: %s', (_, error, expected) => {
    expect(shouldRetryContent(0, error, { isFirstPage: false })).toBe(expected);
  });

  it('does not re-check a 404 for the first page, which the server has already answered as missing', () => {
    expect(shouldRetryContent(0, new ContentNotFoundError(URL), { isFirstPage: true })).toBe(false);
  });

  it('still retries a lost connection for the first page', () => {
    expect(shouldRetryContent(0, new ContentNetworkError(URL, 'offline'), { isFirstPage: true })).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a network error', new ContentNetworkError(URL, 'offline')],
    ['a not-found error', new ContentNotFoundError(URL)],
    ['a 503', new ContentHttpError(URL, 503)],
  ])('never retries %s a second time', (_, error) => {
    expect(shouldRetryContent(1, error, { isFirstPage: false })).toBe(false);
  });
});

describe('contentRetryDelay', () => {
  it('re-checks a not-found after about a second', () => {
    expect(contentRetryDelay(0, new ContentNotFoundError(URL))).toBe(NOT_FOUND_RECHECK_MS);
    expect(NOT_FOUND_RECHECK_MS).toBe(1_000);
  });

  it('retries a lost connection or a server error sooner', () => {
    expect(contentRetryDelay(0, new ContentNetworkError(URL, 'offline'))).toBeLessThan(NOT_FOUND_RECHECK_MS);
    expect(contentRetryDelay(0, new ContentHttpError(URL, 502))).toBeLessThan(NOT_FOUND_RECHECK_MS);
  });
});
