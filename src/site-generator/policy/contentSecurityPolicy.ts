import { createHash } from 'node:crypto';
import { isWebAddress } from '../../features/content/contract/addresses.ts';
import { WORKER_POLICY } from '../../features/offline-worker/workerFiles.ts';
import type { ArticleImage } from '../articleImages.ts';

/** What the pages' policy is made from: the build's own facts, never a hand-kept list. */
export type PolicyInputs = {
  /** Inline scripts the pages carry (the theme script in index.html), allowed by hash. */
  inlineScripts: readonly string[];
  /** The content base's origin, when the content comes from another server. */
  contentOrigin?: string;
  /** Servers the articles' images may come from (site.json `imageOrigins`). */
  imageOrigins: readonly string[];
};

/**
 * `header` is the whole policy. `meta` is what a `<meta http-equiv>` can
 * carry, for hosts that cannot set headers: browsers ignore `frame-ancestors`
 * (and reporting) in a meta policy, so those stay header-only.
 */
export type PolicyDelivery = 'header' | 'meta';

const scriptHash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** The Content-Security-Policy of every page. */
export function contentSecurityPolicy(inputs: PolicyInputs, delivery: PolicyDelivery): string {
  const elsewhere = (origins: readonly (string | undefined)[]) => [
    ...new Set(origins.filter((origin): origin is string => origin !== undefined)),
  ];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Search (Pagefind) compiles its WebAssembly: that, and no other code from strings.
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...inputs.inlineScripts.map(scriptHash)],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', ...elsewhere([inputs.contentOrigin, ...inputs.imageOrigins])],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...elsewhere([inputs.contentOrigin])],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    // No string becomes HTML or script unless src/lib/trustedTypes.ts's default policy allows it,
    // or, for the offline worker's address alone, its own policy (registerOfflineWorker.ts).
    ['require-trusted-types-for', "'script'"],
    ['trusted-types', 'default', WORKER_POLICY],
  ];
  if (delivery === 'header') directives.push(['frame-ancestors', "'none'"]);
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** The inline classic scripts of an HTML document (not modules with a src, not JSON data blocks). */
export function inlineScriptsOf(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes = '']) => !/\b(src|type)\s*=/.test(attributes))
    .map(([, , body = '']) => body);
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The document with its policy as the first thing in `<head>` after the
 * charset, so it covers the inline theme script and everything after it.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('index.html has no <meta charset> to put the policy after');
  return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
}

/** The origin of an absolute content base, or undefined when the content is on the site itself. */
export function contentOriginOf(contentBase: string | undefined): string | undefined {
  return contentBase !== undefined && /^https?:\/\//i.test(contentBase)
    ? new URL(contentBase).origin
    : undefined;
}

/**
 * Each picture on another server whose origin the policy would not allow,
 * as a content problem: the publisher hears it from the build, not from a
 * reader who sees a broken image.
 */
export function imageOriginProblems(
  images: Iterable<ArticleImage>,
  allowed: { siteUrl: string; imageOrigins: readonly string[]; contentOrigin?: string },
): string[] {
  const origins = new Set(
    [allowed.siteUrl, allowed.contentOrigin, ...allowed.imageOrigins]
      .filter((origin): origin is string => origin !== undefined)
      .map((origin) => new URL(origin).origin),
  );
  const problems: string[] = [];
  for (const { label, where, image } of images) {
    if (!isWebAddress(image.src)) continue;
    const origin = new URL(image.src).origin;
    if (!origins.has(origin)) {
      problems.push(
        `${label}: ${where}.src: the image is on ${origin}, which site.json imageOrigins does not list, so browsers would refuse it; add "${origin}" to imageOrigins`,
      );
    }
  }
  return problems;
}
