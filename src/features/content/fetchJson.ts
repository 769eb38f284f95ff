import * as v from 'valibot';
import {
  ContentHttpError,
  ContentInvalidError,
  ContentNetworkError,
  ContentNotFoundError,
} from './contentErrors';
import { describeIssues } from './contract/describeIssue';

/** Fetches a JSON document and returns the raw data, turning every failure into a typed error. */
export async function fetchUnknownJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ContentNetworkError(url, error);
  }
  if (response.status === 404 || response.status === 410) throw new ContentNotFoundError(url);
  if (!response.ok) throw new ContentHttpError(url, response.status);
  try {
    return (await response.json()) as unknown;
  } catch {
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
