import { createHash } from 'node:crypto';

/**
 * A short, stable digest of some bytes or text: enough to tell two versions
 * of a file apart. SHA-1, not SHA-256: a publish digests every derived file
 * (about 900 MB of JSON at 100,000 articles), SHA-1 does that three times as
 * fast here, and these digests only tell versions apart; they guard nothing.
 */
export function digestOf(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha1');
  // Several text parts are joined first: the same bytes, in one call instead of two a part (a
  // publish digests a dozen small parts for each of 100,000 articles, and each call crosses
  // into C++). One part is not: joining would copy a whole derived file (a sitemap, a listing).
  if (parts.length > 1 && parts.every((part) => typeof part === 'string'))
    hash.update(`${parts.join('\0')}\0`);
  else for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}
