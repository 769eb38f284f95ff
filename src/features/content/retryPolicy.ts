import { ContentHttpError, ContentNetworkError, ContentNotFoundError } from './contentErrors';

/** A lost connection or a server error gets its one more try after this long. */
const RETRY_DELAY_MS = 500;
/**
 * A 404 is asked once more after this long before the reader is told the page
 * does not exist: during a deploy, a listing can name an article whose file
 * has not arrived yet.
 */
export const NOT_FOUND_RECHECK_MS = 1_000;

/** Where the reader is: `isFirstPage` while the address the browser opened is loading. */
export type RetryMoment = { isFirstPage: boolean };

/**
 * Which failures are worth one more request. A contract mismatch will not fix
 * itself; a timeout has already kept the reader waiting, so it is left to the
 * reader's own "Try again". A 404 is re-checked only on an in-app navigation:
 * for the first page the server has already answered for the address itself,
 * with its not-found page, which waiting would only blank for a second.
 */
export function shouldRetryContent(
  failureCount: number,
  error: unknown,
  { isFirstPage }: RetryMoment,
): boolean {
  if (failureCount >= 1) return false;
  return (
    (error instanceof ContentNotFoundError && !isFirstPage) ||
    error instanceof ContentNetworkError ||
    (error instanceof ContentHttpError && error.status >= 500)
  );
}

export function contentRetryDelay(_failureCount: number, error: unknown): number {
  return error instanceof ContentNotFoundError ? NOT_FOUND_RECHECK_MS : RETRY_DELAY_MS;
}
