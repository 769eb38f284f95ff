/**
 * The pages' policy requires Trusted Types for every HTML and script sink,
 * so a string can never become markup or code by accident. React itself
 * writes HTML in two places, and this default policy lets exactly those through:
 * - `<script></script>`, the empty element React parses to create a script
 *   element that will not run (for the page's JSON-LD);
 * - that JSON-LD, which is JSON with every `<` escaped, so it holds no markup
 *   wherever it were put.
 * Anything else is refused, and the browser reports the attempt.
 */
const REACT_EMPTY_SCRIPT = '<script></script>';

export function isAllowedHtml(html: string): boolean {
  if (html === REACT_EMPTY_SCRIPT) return true;
  if (html.includes('<')) return false;
  try {
    JSON.parse(html);
    return true;
  } catch {
    return false;
  }
}

type TrustedTypesFactory = {
  createPolicy: (name: string, rules: { createHTML: (html: string) => string | null }) => unknown;
};

/** Installs the default policy, where the browser has Trusted Types; call before React renders. */
export function installTrustedTypesPolicy(
  // TypeScript's DOM library does not declare Trusted Types yet.
  scope = globalThis as { trustedTypes?: TrustedTypesFactory },
) {
  scope.trustedTypes?.createPolicy('default', {
    createHTML: (html) => (isAllowedHtml(html) ? html : null),
  });
}
