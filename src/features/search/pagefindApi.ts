import * as v from 'valibot';

/**
 * The part of Pagefind's browser API (pagefind.js, written by the build
 * into pagefind/recent/) this page uses. The module is loaded at run time
 * from outside the bundle, so nothing here is trusted until checked.
 */
export type PagefindSearchOptions = {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
};

export type PagefindResult = { id: string; data: () => Promise<unknown> };

export type PagefindResponse = {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Per filter and value: how many results the query has with that value alone, whatever else is filtered. */
  totalFilters: Record<string, Record<string, number>>;
};

/** A Pagefind instance: the module itself, or one made by `createInstance` to merge the archive into. */
export type PagefindInstance = {
  options: (options: Record<string, unknown>) => Promise<unknown>;
  search: (term: string, options?: PagefindSearchOptions) => Promise<PagefindResponse | null>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<unknown>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (term: string, options?: PagefindSearchOptions) => Promise<unknown>;
};

export type PagefindModule = PagefindInstance & {
  init: () => Promise<unknown>;
  createInstance?: (options: { basePath: string }) => PagefindInstance;
};

const methods = ['options', 'init', 'search', 'mergeIndex', 'filters', 'preload'] as const;

/** Whether a loaded module is Pagefind's API, not a wrong file or an incompatible version. */
export function isPagefindModule(module: unknown): module is PagefindModule {
  return (
    typeof module === 'object' &&
    module !== null &&
    methods.every((name) => typeof Reflect.get(module, name) === 'function')
  );
}

const resultDataSchema = v.object({
  url: v.string(),
  excerpt: v.optional(v.string(), ''),
  meta: v.object({
    title: v.optional(v.string()),
    section: v.optional(v.string()),
    published: v.optional(v.string()),
  }),
});

/** One search result as the page shows it. */
export type SearchHit = {
  url: string;
  title: string;
  sectionId: string | undefined;
  published: string | undefined;
  excerpt: string;
};

/** A result's data as a hit, or null when Pagefind's record is not what the build writes. */
export function toSearchHit(data: unknown): SearchHit | null {
  const parsed = v.safeParse(resultDataSchema, data);
  if (!parsed.success) return null;
  const { url, excerpt, meta } = parsed.output;
  const published = meta.published && !Number.isNaN(Date.parse(meta.published)) ? meta.published : undefined;
  return { url, excerpt, title: meta.title ?? url, sectionId: meta.section, published };
}
