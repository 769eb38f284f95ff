import * as v from 'valibot';
import { startDeadline } from '@/lib/deadline';
import {
  ContentHttpError,
  ContentInvalidError,
  ContentNetworkError,
  ContentNotFoundError,
  ContentTimeoutError,
} from './contentErrors';
import { describeIssues } from './contract/describeIssue';

/**
 * How long a content request, body included, may take before the reader is
 * told. Without a limit a hung server leaves the old page up under the new
 * address, with only the loading bar, for as long as it hangs.
 */
export const CONTENT_TIMEOUT_MS = 10_000;

/** Fetches a JSON document and returns the raw data, turning every failure into a typed error. */
export async function fetchUnknownJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const deadline = startDeadline(CONTENT_TIMEOUT_MS, signal);
  try {
    return await request(url, deadline.signal);
  } catch (error) {
    // An abort by the caller (TanStack, when the reader moved on) stays an abort.
    if (deadline.hasExpired()) throw new ContentTimeoutError(url, CONTENT_TIMEOUT_MS);
    throw error;
  } finally {
    deadline.clear();
  }
}

async function request(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ContentNetworkError(url, error);
  }
  if (response.status === 404 || response.status === 410) throw new ContentNotFoundError(url);
  if (!response.ok) throw new ContentHttpError(url, response.status);
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    // Cut off while the body was still arriving: not a broken document.
    if (signal.aborted) throw error;
    throw new ContentInvalidError(url, [{ path: '(document)', message: 'is not valid JSON' }]);
  }
}

/** Fetches a JSON document and validates it against `schema`; unknown fields are dropped. */
export async function fetchJson<T extends v.GenericSchema>(
  url: string,
  schema: T,
  signal?: AbortSignal,
): Promise<v.InferOutput<T>> {
  const data = await fetchUnknownJson(url, signal);
  const result = v.safeParse(schema, data);
  if (!result.success) throw new ContentInvalidError(url, describeIssues(result.issues));
  return result.output;
}
