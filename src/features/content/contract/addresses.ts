import * as v from 'valibot';
import { textSchema } from './text.ts';

/** An absolute http(s) address with a host and no credentials: the only kind a page may link to or be served from. */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\/[^/\\]/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export const webAddressSchema = v.config(
  v.pipe(
    textSchema,
    v.url('expected an absolute URL such as https://news.example'),
    // The same rule as the check below, in a form the publishers' JSON Schema can carry.
    v.regex(
      /^https?:\/\/[^/\\]/i,
      'expected an http:// or https:// address with a host, such as https://news.example',
    ),
    v.check(
      isWebAddress,
      'expected an http:// or https:// address with a host, such as https://news.example',
    ),
  ),
  // One message a value: the first step that fails says what was expected.
  { abortPipeEarly: true },
);

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * A path below the content folder, such as `images/harbour.jpg`. Checked
 * segment by segment after decoding, because browsers read `%2e%2e` as `..`
 * too; the build also resolves it on disk.
 */
export function isContentRelativePath(value: string): boolean {
  if (value === '' || value.startsWith('/') || value.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(value)) {
    return false;
  }
  const pathPart = value.split(/[?#]/, 1)[0] ?? '';
  return pathPart.split('/').every((segment) => {
    const decoded = decodeSegment(segment);
    return decoded !== null && decoded !== '.' && decoded !== '..' && !/[/\\]/.test(decoded);
  });
}

/** An origin such as `https://images.example.org`: scheme and host (and port), nothing after. */
export function isWebOrigin(value: string): boolean {
  return isWebAddress(value) && new URL(value).origin === value.replace(/\/$/, '');
}

export const webOriginSchema = v.config(
  v.pipe(
    textSchema,
    v.regex(
      /^https?:\/\/[^/\\?#]+\/?$/i,
      'expected an origin such as https://images.example.org, with no path',
    ),
    v.check(isWebOrigin, 'expected an origin such as https://images.example.org, with no path'),
  ),
  { abortPipeEarly: true },
);

/** An image is a file in the content folder, or a picture on another web server. */
export const imageSourceSchema = v.config(
  v.pipe(
    textSchema,
    v.nonEmpty('expected an image URL'),
    v.check(
      (value) => isContentRelativePath(value) || isWebAddress(value),
      'expected a path inside the content folder such as images/harbour.jpg, or an http(s) address',
    ),
  ),
  // One message a value: the first step that fails says what was expected.
  { abortPipeEarly: true },
);
