import { describe, expect, it } from 'vitest';
import {
  ContentHttpError,
  ContentInvalidError,
  ContentLoadError,
  ContentNetworkError,
  ContentNotFoundError,
  ContentTimeoutError,
} from './contentErrors';

const URL = '/content/site.json';

describe('content errors', () => {
  it.each<[string, ContentLoadError]>([
    ['ContentNotFoundError', new ContentNotFoundError(URL)],
    ['ContentNetworkError', new ContentNetworkError(URL, new TypeError('Failed to fetch'))],
    ['ContentHttpError', new ContentHttpError(URL, 500)],
    ['ContentInvalidError', new ContentInvalidError(URL, [])],
    ['ContentTimeoutError', new ContentTimeoutError(URL, 10_000)],
  ])('%s is a ContentLoadError that names its URL', (name, error) => {
    expect(error).toBeInstanceOf(ContentLoadError);
    expect(error.name).toBe(name);
    expect(error.url).toBe(URL);
    expect(error.message).toContain(URL);
  });

  it('ContentNetworkError says why the request failed', () => {
    expect(new ContentNetworkError(URL, new TypeError('Failed to fetch')).message).toBe(
      `Could not reach ${URL}: Failed to fetch.`,
    );
  });

  it('ContentNetworkError accepts a cause that is not an Error', () => {
    expect(new ContentNetworkError(URL, 'offline').message).toBe(`Could not reach ${URL}: offline.`);
  });

  it('ContentTimeoutError keeps the time limit and says it in seconds', () => {
    const error = new ContentTimeoutError(URL, 10_000);

    expect(error.timeoutMs).toBe(10_000);
    expect(error.message).toBe(`No answer from ${URL} within 10 seconds.`);
  });

  it('ContentHttpError keeps the status and names it', () => {
    const error = new ContentHttpError(URL, 503);

    expect(error.status).toBe(503);
    expect(error.message).toBe(`The server answered 503 for ${URL}.`);
  });

  it('ContentInvalidError names the first problem and counts the rest', () => {
    const error = new ContentInvalidError(URL, [
      { path: 'url', message: 'expected an absolute URL' },
      { path: 'language', message: 'expected a language tag' },
      { path: 'name', message: 'is required but missing' },
    ]);

    expect(error.message).toBe(
      `${URL} does not match the content contract: url: expected an absolute URL (and 2 more)`,
    );
  });

  it('ContentInvalidError without problems still says the document is invalid', () => {
    expect(new ContentInvalidError(URL, []).message).toBe(`${URL} does not match the content contract.`);
  });
});
