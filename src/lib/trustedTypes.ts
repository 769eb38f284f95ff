/**
 * The pages' policy requires Trusted Types for every HTML and script sink,
 * so a string can never become markup or code by accident. React itself
 * writes HTML in two places, and this default policy lets exactly those through:
 * - `<script></script>`, the empty element React parses to create a script
 *   element that will not run (for the page's JSON-LD);
 * - that JSON-LD, which is JSON with every `<` escaped, so it holds no markup
 *   wherever it were put, and as a script's text (when React updates it on the
 *   next page) it is a literal that does nothing.
 * One script address passes too: the search index's worker, which
 * Pagefind's script (loaded from pagefind/ only by the search page) starts
 * from its own bundle; the policy's worker-src keeps that to this site.
 * Anything else is refused, and the browser reports the attempt.
 */
const REACT_EMPTY_SCRIPT = '<script></script>';

/** JSON with no `<` in it: no markup, no call, nothing that runs. */
export function isInertJson(text: string): boolean {
  if (text.includes('<')) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function isAllowedHtml(html: string): boolean {
  return html === REACT_EMPTY_SCRIPT || isInertJson(html);
}

type PolicyRules = {
  createHTML: (html: string) => string | null;
  createScript: (script: string) => string | null;
  createScriptURL: (url: string) => string | null;
};
type TrustedTypesFactory = { createPolicy: (name: string, rules: PolicyRules) => unknown };

/** Installs the default policy, where the browser has Trusted Types; call before React renders. */
export function installTrustedTypesPolicy(
  // TypeScript's DOM library does not declare Trusted Types yet.
  scope = globalThis as { trustedTypes?: TrustedTypesFactory },
) {
  scope.trustedTypes?.createPolicy('default', {
    createHTML: (html) => (isAllowedHtml(html) ? html : null),
    createScript: (script) => (isInertJson(script) ? script : null),
    createScriptURL: (url) => (url.endsWith('/pagefind-worker.js') ? url : null),
  });
}
