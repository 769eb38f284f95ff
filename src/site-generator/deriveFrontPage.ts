import {
  FRONT_PAGE_LATEST,
  FRONT_PAGE_PER_SECTION,
  FRONT_PAGE_SECONDARIES,
} from '../features/content/contract/paths.ts';
import {
  FRONT_PAGE_VERSION,
  type ArticleSummary,
  type FrontPage,
} from '../features/content/contract/schema.ts';

type Input = {
  /** Every article, newest first: read only as far as the top of the page needs. */
  newest: Iterable<ArticleSummary>;
  /** Each top-level section in site order, with its listing (descendants included), newest first; read as far as its block needs. */
  sections: readonly { id: string; listing: Iterable<ArticleSummary> }[];
};

const hasImage = (story: ArticleSummary) => story.image !== undefined;

/** The first `count` items of `items` that `keep`, without reading further than it must. */
function firstWhere<T>(items: Iterable<T>, count: number, keep: (item: T) => boolean): T[] {
  const found: T[] = [];
  if (count <= 0) return found;
  for (const item of items) {
    if (!keep(item)) continue;
    found.push(item);
    if (found.length === count) break;
  }
  return found;
}

/**
 * The top of the page shows the newest stories and no others: the lead and
 * the secondaries are picked among them, pictures first (a lead or a
 * secondary without one only when too few of them have one), and the
 * rest, in order, make the latest.
 */
function arrangeTop(newest: Iterable<ArticleSummary>) {
  const top = firstWhere(newest, 1 + FRONT_PAGE_SECONDARIES + FRONT_PAGE_LATEST, () => true);
  const lead = top.find(hasImage) ?? top[0];
  const rest = top.filter((story) => story !== lead);
  const pictured = firstWhere(rest, FRONT_PAGE_SECONDARIES, hasImage);
  const unpictured = firstWhere(
    rest,
    FRONT_PAGE_SECONDARIES - pictured.length,
    (story) => !pictured.includes(story),
  );
  const secondaries = [...pictured, ...unpictured];
  const latest = rest.filter((story) => !secondaries.includes(story));
  return { lead, secondaries, latest };
}

/**
 * The front page's data, arranged by the build so the page shows no story
 * twice: a section's block takes the newest of its stories that the page
 * has not shown above it, and a section with none left has no block.
 */
export function deriveFrontPage({ newest, sections }: Input): FrontPage {
  const { lead, secondaries, latest } = arrangeTop(newest);
  const shown = new Set([lead, ...secondaries, ...latest].flatMap((story) => (story ? [story.id] : [])));
  const blocks = sections.flatMap(({ id, listing }) => {
    const items = firstWhere(listing, FRONT_PAGE_PER_SECTION, (story) => !shown.has(story.id));
    for (const story of items) shown.add(story.id);
    return items.length > 0 ? [{ section: id, items }] : [];
  });
  return {
    version: FRONT_PAGE_VERSION,
    ...(lead ? { lead } : {}),
    secondaries,
    latest,
    sections: blocks,
  };
}
