import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { siteSource } from '@/testing/contentFixtures';
import {
  ContentHttpError,
  ContentInvalidError,
  ContentNetworkError,
  ContentNotFoundError,
  ContentTimeoutError,
} from './contentErrors';
import { siteSchema } from './contract/schema';
import { CONTENT_TIMEOUT_MS, fetchJson, fetchUnknownJson } from './fetchJson';

const URL = '/content/site.json';

function stubFetch(respond: typeof fetch) {
  const fetchMock = vi.fn<typeof fetch>(respond);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function respondWith(body: string, status = 200) {
  return stubFetch(() => Promise.resolve(new Response(body, { status })));
}

/** A server that never answers: the request ends only when its signal aborts, as in a browser. */
function stubHangingFetch() {
  return stubFetch(
    (_, init) =>
      new Promise((_resolve, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => {
          // A browser's fetch rejects with the signal's reason, a DOMException here.
          reject(signal.reason as DOMException);
        });
      }),
  );
}

/** A server that sends its headers, then stops halfway through the body until the request aborts. */
function stubStalledBody() {
  return stubFetch((_, init) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"name": '));
        init?.signal?.addEventListener('abort', () => {
          controller.error(init.signal?.reason);
        });
      },
    });
    return Promise.resolve(new Response(body, { status: 200 }));
  });
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

  it('asks for JSON at the URL with a signal of its own, which carries the time limit', async () => {
    const fetchMock = respondWith(JSON.stringify(siteSource()));

    await fetchJson(URL, siteSchema, new AbortController().signal);

    expect(fetchMock).toHaveBeenCalledWith(URL, {
      signal: expect.any(AbortSignal) as unknown,
      headers: { Accept: 'application/json' },
    });
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

describe('the content request time limit', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('is ten seconds', () => {
    expect(CONTENT_TIMEOUT_MS).toBe(10_000);
  });

  it('turns a request that gets no answer into a ContentTimeoutError naming the URL after ten seconds', async () => {
    const fetchMock = stubHangingFetch();
    const failure = failureOf(fetchJson(URL, siteSchema));

    await vi.advanceTimersByTimeAsync(CONTENT_TIMEOUT_MS - 1);
    expect(fetchMock.mock.calls[0]?.[1]?.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await failure;

    expect(error).toBeInstanceOf(ContentTimeoutError);
    expect(error).toHaveProperty('message', `No answer from ${URL} within 10 seconds.`);
    expect(fetchMock.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
  });

  it('covers the body too: a response that stalls halfway is a timeout, not invalid JSON', async () => {
    stubStalledBody();
    const failure = failureOf(fetchJson(URL, siteSchema));

    await vi.advanceTimersByTimeAsync(CONTENT_TIMEOUT_MS);

    expect(await failure).toBeInstanceOf(ContentTimeoutError);
  });

  it('lets the caller’s abort through as the caller’s abort, not a timeout', async () => {
    stubHangingFetch();
    const caller = new AbortController();
    const reason = new DOMException('The reader moved on.', 'AbortError');
    const failure = failureOf(fetchJson(URL, siteSchema, caller.signal));

    await vi.advanceTimersByTimeAsync(CONTENT_TIMEOUT_MS / 2);
    caller.abort(reason);
    await vi.advanceTimersByTimeAsync(CONTENT_TIMEOUT_MS);

    expect(await failure).toBe(reason);
  });

  it('leaves no timer behind once the document has arrived', async () => {
    respondWith(JSON.stringify(siteSource()));

    await fetchJson(URL, siteSchema);

    expect(vi.getTimerCount()).toBe(0);
  });
});
