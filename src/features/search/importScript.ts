/**
 * `import()` of a script outside Vite's graph, by URL: Pagefind's, which
 * exists only once the build has indexed the site. A module of its own so
 * tests can stand a fake Pagefind in for it.
 */
export function importScript(href: string): Promise<unknown> {
  return import(/* @vite-ignore */ href);
}
