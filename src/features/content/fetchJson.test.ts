import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteSource } from '@/testing/contentFixtures';
import {
  ContentHttpError,
  ContentInvalidError,
  ContentNetworkError,
  ContentNotFoundError,
} from './contentErrors';
import { siteSchema } from './contract/schema';
import { fetchJson, fetchUnknownJson } from './fetchJson';

const URL = '/content/site.json';

function stubFetch(respond: () => Promise<Response>) {
  const fetchMock = vi.fn<typeof fetch>(respond);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function respondWith(body: string, status = 200) {
  return stubFetch(() => Promise.resolve(new Response(body, { status })));
}

function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the promise to reject');
    },
    (error: unknown) => error,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchJson', () => {
  it('returns the validated document without fields the contract does not know', async () => {
    respondWith(JSON.stringify({ ...siteSource(), theme: 'dark' }));

    const site = await fetchJson(URL, siteSchema);

    expect(site).toEqual(siteSource());
  });

  it('asks for JSON at the URL and passes the abort signal on', async () => {
    const fetchMock = respondWith(JSON.stringify(siteSource()));
    const { signal } = new AbortController();

    await fetchJson(URL, siteSchema, signal);

    expect(fetchMock).toHaveBeenCalledWith(URL, { signal, headers: { Accept: 'application/json' } });
  });

  it.each([404, 410])('turns a %i into a ContentNotFoundError naming the URL', async (status) => {
    respondWith('Not found', status);

    const error = await failureOf(fetchJson(URL, siteSchema));

    expect(error).toBeInstanceOf(ContentNotFoundError);
    expect(error).toHaveProperty('url', URL);
  });

  it.each([500, 502, 403])('turns a %i into a ContentHttpError with that status', async (status) => {
    respondWith('Server error', status);

    const error = await failureOf(fetchJson(URL, siteSchema));

    expect(error).toBeInstanceOf(ContentHttpError);
    expect(error).toHaveProperty('status', status);
  });

  it('turns a rejected request into a ContentNetworkError that gives the reason', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    const error = await failureOf(fetchJson(URL, siteSchema));

    expect(error).toBeInstanceOf(ContentNetworkError);
    expect(error).toHaveProperty('message', `Could not reach ${URL}: Failed to fetch.`);
  });

  it('lets the abort error through unchanged when the request was aborted', async () => {
    const controller = new AbortController();
    const abortError = new DOMException('The operation was aborted.', 'AbortError');
    stubFetch(() => {
      controller.abort();
      return Promise.reject(abortError);
    });

    const error = await failureOf(fetchJson(URL, siteSchema, controller.signal));

    expect(error).toBe(abortError);
  });

  it('turns a body that is not JSON into a ContentInvalidError', async () => {
    respondWith('<!doctype html><title>Home</title>');

    const error = await failureOf(fetchJson(URL, siteSchema));

    expect(error).toBeInstanceOf(ContentInvalidError);
    expect(error).toHaveProperty('problems', [{ path: '(document)', message: 'is not valid JSON' }]);
  });

  it('turns a document that breaks the contract into a ContentInvalidError naming the URL and the path', async () => {
    respondWith(JSON.stringify({ ...siteSource(), language: 'english', url: 'nowhere' }));

    const error = await failureOf(fetchJson(URL, siteSchema));

    expect(error).toBeInstanceOf(ContentInvalidError);
    expect(error).toHaveProperty(
      'message',
      `${URL} does not match the content contract: url: expected an absolute URL such as https://news.example, received "nowhere" (and 1 more)`,
    );
  });

  it('validates against the schema it is given', async () => {
    respondWith(JSON.stringify({ count: 3 }));

    const data = await fetchJson(URL, v.object({ count: v.number() }));

    expect(data).toEqual({ count: 3 });
  });
});

describe('fetchUnknownJson', () => {
  it('returns the parsed JSON without validating it', async () => {
    respondWith(JSON.stringify({ anything: [1, 2] }));

    const data = await fetchUnknownJson(URL);

    expect(data).toEqual({ anything: [1, 2] });
  });
});
