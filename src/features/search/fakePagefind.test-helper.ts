import type { PagefindInstance, PagefindModule, PagefindSearchOptions } from './pagefindApi';

/** An article as the fake index holds it. */
export type FakePage = {
  url: string;
  title: string;
  /** The article's section, then the sections above it: the filter's values. */
  sections: string[];
  published: string;
  text: string;
  /** The search bundle it is in: its `bundle` filter ('recent', 'month', or an archive's quarter, '2025-q1'). */
  bundle: string;
};

export function fakePage(overrides: Partial<FakePage> & Pick<FakePage, 'url'>): FakePage {
  return {
    title: `Headline of ${overrides.url}`,
    sections: ['news'],
    published: '2026-11-01T09:00:00.000Z',
    text: 'Plain words.',
    bundle: 'recent',
    ...overrides,
  };
}

/** The excerpt Pagefind would give: the text with each matching word in <mark>. */
function excerpt(text: string, term: string) {
  const words = term.toLowerCase().split(/\s+/).filter(Boolean);
  return text
    .split(' ')
    .map((word) =>
      words.some((match) => word.toLowerCase().startsWith(match)) ? `<mark>${word}</mark>` : word,
    )
    .join(' ');
}

/** A Pagefind instance over `pages`: every word of the term must appear, as Pagefind's default does. */
export function fakeInstance(
  pages: () => readonly FakePage[],
): PagefindInstance & { searches: [string, PagefindSearchOptions | undefined][] } {
  const searches: [string, PagefindSearchOptions | undefined][] = [];
  return {
    searches,
    options: () => Promise.resolve(),
    preload: () => Promise.resolve(),
    filters: () => Promise.resolve({}),
    mergeIndex: () => Promise.resolve(),
    search: (term, options) => {
      searches.push([term, options]);
      const words = term.toLowerCase().split(/\s+/).filter(Boolean);
      const matching = pages().filter((page) =>
        words.every((word) => `${page.title} ${page.text}`.toLowerCase().includes(word)),
      );
      const section = options?.filters?.section;
      const bundle = options?.filters?.bundle;
      const filtered = matching.filter(
        (page) =>
          (!section || page.sections.includes(section)) && (bundle === undefined || page.bundle === bundle),
      );
      // As Pagefind with merged indexes: each bundle's results sorted, the bundles' mixed by relevance
      // (here, the order of the bundles' first pages).
      const bundles = [...new Set(filtered.map((page) => page.bundle))];
      const sorted =
        options?.sort?.published === 'desc'
          ? bundles.flatMap((name) =>
              filtered
                .filter((page) => page.bundle === name)
                .sort((a, b) => (a.published < b.published ? 1 : -1)),
            )
          : filtered;
      const totalFilters: Record<string, number> = {};
      for (const page of matching)
        for (const id of page.sections) totalFilters[id] = (totalFilters[id] ?? 0) + 1;
      return Promise.resolve({
        results: sorted.map((page) => ({
          id: page.url,
          data: () =>
            Promise.resolve({
              url: page.url,
              excerpt: excerpt(page.text, term),
              meta: { title: page.title, section: page.sections[0], published: page.published },
              filters: { section: page.sections },
            }),
        })),
        unfilteredResultCount: matching.length,
        totalFilters: { section: totalFilters },
      });
    },
  };
}

/**
 * The module: the recent pages by default (the bundles it merges itself are
 * in `mergedWithRecent`), and `createInstance` for the whole archive, which
 * merges the archive's (in `merged`).
 */
export function fakePagefind(
  recent: () => readonly FakePage[],
  archive: () => readonly FakePage[] = () => [],
) {
  const merged: string[] = [];
  const wholeArchive = fakeInstance(() => (merged.length > 0 ? [...recent(), ...archive()] : recent()));
  wholeArchive.mergeIndex = (path) => {
    merged.push(path);
    return Promise.resolve();
  };
  const mergedWithRecent: string[] = [];
  const module: PagefindModule & {
    merged: string[];
    mergedWithRecent: string[];
    searches: [string, PagefindSearchOptions | undefined][];
  } = {
    ...fakeInstance(recent),
    init: () => Promise.resolve(),
    createInstance: () => wholeArchive,
    mergeIndex: (path) => {
      mergedWithRecent.push(path);
      return Promise.resolve();
    },
    merged,
    mergedWithRecent,
  };
  return module;
}
