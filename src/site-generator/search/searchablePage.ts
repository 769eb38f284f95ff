/**
 * What Pagefind needs of a prerendered article page: its `<html>` tag (for
 * the language) and the element marked `data-pagefind-body`, which holds the
 * text, the filters, the sort and the meta (see ArticleRoute). The rest of
 * the page (head, header, "More from", the embedded query state) is a
 * little over two thirds of its bytes, which Pagefind would otherwise read,
 * be sent through a pipe as base64 and parse, only to ignore. The article
 * gets its bundle's `bundle` filter (searchIndexes.ts).
 */
export function searchablePage(html: string, file: string, bundle: string): string {
  const htmlTag = /<html[^>]*>/i.exec(html)?.[0];
  const start = html.search(/<article\b[^>]*\bdata-pagefind-body\b/);
  if (!htmlTag || start < 0) {
    throw new Error(`search index: ${file} has no <article data-pagefind-body>: is it an article page?`);
  }
  // The matching end tag, counting any article nested inside.
  const tags = /<(\/?)article\b/gi;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      const end = html.indexOf('>', tag.index) + 1;
      const opened = html.indexOf('>', start) + 1;
      return `<!doctype html>${htmlTag}<body>${html.slice(start, opened)}<span data-pagefind-filter="bundle:${bundle}"></span>${html.slice(opened, end)}</body></html>`;
    }
  }
  throw new Error(`search index: ${file}: the <article data-pagefind-body> is never closed`);
}
