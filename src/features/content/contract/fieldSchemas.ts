import * as v from 'valibot';
import { isContentRelativePath, isWebAddress, isWebOrigin } from './addresses.ts';
import { MAX_ID_LENGTH, SLUG_PATTERN } from './slug.ts';
import { normaliseText } from './text.ts';

/*
 * The contract's field schemas, built on the plain rules of slug.ts, text.ts
 * and addresses.ts. The rules are kept apart from the schema library so that
 * code in every page's first script (a saved article's id, a share link's
 * address) can use them without bringing the library along.
 */

/** Any string, normalised. */
export const textSchema = v.pipe(v.string(), v.transform(normaliseText));

/** Normalised text with something in it besides whitespace, trimmed. */
export const nonEmptyTextSchema = v.pipe(textSchema, v.trim(), v.nonEmpty('expected non-empty text'));

/**
 * Ids of articles and sections, which are also their URL segments. Its own
 * module so the reader's saved list can check ids without the whole contract.
 */
export const slugSchema = v.pipe(
  v.string(),
  v.regex(SLUG_PATTERN, 'expected lower-case words joined by "-"'),
  v.maxLength(MAX_ID_LENGTH, `expected at most ${String(MAX_ID_LENGTH)} characters`),
);

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
