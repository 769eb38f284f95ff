import type { Problem } from './contract/describeIssue';

/** Anything that stopped a content document from loading; names the URL it was loading. */
export class ContentLoadError extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'ContentLoadError';
  }
}

/** The server answered 404 or 410: the reader asked for something that does not exist. */
export class ContentNotFoundError extends ContentLoadError {
  constructor(url: string) {
    super(url, `Nothing was found at ${url}.`);
    this.name = 'ContentNotFoundError';
  }
}

/** The request never got an answer: offline, DNS, CORS or an aborted connection. */
export class ContentNetworkError extends ContentLoadError {
  constructor(url: string, cause: unknown) {
    super(url, `Could not reach ${url}: ${cause instanceof Error ? cause.message : String(cause)}.`);
    this.name = 'ContentNetworkError';
  }
}

/** No answer arrived in time: the server, or the connection to it, hangs. */
export class ContentTimeoutError extends ContentLoadError {
  constructor(
    url: string,
    readonly timeoutMs: number,
  ) {
    super(url, `No answer from ${url} within ${String(timeoutMs / 1000)} seconds.`);
    this.name = 'ContentTimeoutError';
  }
}

/** The server answered with an error status other than not-found. */
export class ContentHttpError extends ContentLoadError {
  constructor(
    url: string,
    readonly status: number,
  ) {
    super(url, `The server answered ${String(status)} for ${url}.`);
    this.name = 'ContentHttpError';
  }
}

/** The document arrived but is not JSON, or does not match the content contract. */
export class ContentInvalidError extends ContentLoadError {
  constructor(
    url: string,
    readonly problems: Problem[],
  ) {
    const first = problems[0];
    super(
      url,
      first
        ? `${url} does not match the content contract: ${first.path}: ${first.message}` +
            (problems.length > 1 ? ` (and ${String(problems.length - 1)} more)` : '')
        : `${url} does not match the content contract.`,
    );
    this.name = 'ContentInvalidError';
  }
}
