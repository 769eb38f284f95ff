import { createHash } from 'node:crypto';

/** A short, stable digest of some bytes or text: enough to tell two versions of a file apart. */
export function digestOf(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}
