/**
 * Typed builders of content for unit tests: valid by default, so a test only
 * spells out the field it is about.
 */
import * as v from 'valibot';
import { textAnchor } from '../features/content/contract/anchors';
import { parseInline } from '../features/content/contract/inlineMarkup';
import {
  articleSchema,
  pageSchema,
  type Article,
  type ArticleSource,
  type Block,
  type Page,
  type PageSource,
  type Section,
  type SiteSource,
} from '../features/content/contract/schema';
import { buildSectionTree, type SectionNode } from '../features/content/contract/sectionTree';

type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;

const BASE_TIME = Date.parse('2026-11-28T09:00:00Z');
const HOUR = 3_600_000;

/** An ISO date-time `hours` after a fixed base time (negative for before). */
export function hoursAfterBase(hours: number): string {
  return new Date(BASE_TIME + hours * HOUR).toISOString();
}

/** An article as a publisher writes it. */
export function articleSource(overrides: Partial<ArticleSource> = {}): ArticleSource {
  return {
    id: 'sample-article',
    section: 'news',
    headline: 'A sample headline',
    publishedAt: '2026-11-28T09:30:00+09:00',
    body: [{ type: 'paragraph', text: 'The first paragraph.' }],
    ...overrides,
  };
}

/** An article after validation, as the build hands it on. */
export function validatedArticle(overrides: Partial<ArticleSource> = {}): Article {
  return v.parse(articleSchema, articleSource(overrides));
}

/**
 * `count` articles in one section, one hour apart; the first is the newest,
 * published `newestHour` hours after the base time.
 */
export function articlesInSection(section: string, count: number, newestHour = 0): Article[] {
  return Array.from({ length: count }, (_, index) =>
    validatedArticle({
      id: `${section}-${String(index + 1)}`,
      section,
      headline: `Story ${String(index + 1)} in ${section}`,
      publishedAt: hoursAfterBase(newestHour - index),
    }),
  );
}

/** A page of the site's own as a publisher writes it. */
export function pageSource(overrides: Partial<PageSource> = {}): PageSource {
  return {
    id: 'about',
    title: 'About us',
    body: [{ type: 'paragraph', text: 'Who we are.' }],
    ...overrides,
  };
}

/** A page after validation, as the build hands it on. */
export function validatedPage(overrides: Partial<PageSource> = {}): Page {
  return v.parse(pageSchema, pageSource(overrides));
}

export function section(id: string, parent?: string): Section {
  return parent === undefined ? { id, title: `Title of ${id}` } : { id, title: `Title of ${id}`, parent };
}

export function siteSource(sections: Section[] = [section('news')]): SiteSource {
  return {
    name: 'Broadsheet',
    url: 'https://news.example',
    language: 'en-GB',
    description: 'News, slowly.',
    sections,
  };
}

/** The resolved node of `id` in a tree built from `sections`. */
export function sectionNode(id: string, sections: Section[] = [section(id)]): SectionNode {
  const node = buildSectionTree(sections)[id];
  if (!node) throw new Error(`no section "${id}" among the fixture sections`);
  return node;
}

export const blocks = {
  paragraph: (text: string): BlockOf<'paragraph'> => ({
    type: 'paragraph',
    text: parseInline(text),
    anchor: textAnchor('p', text),
  }),
  heading: (text: string): BlockOf<'heading'> => ({ type: 'heading', text }),
  pullquote: (text: string, attribution?: string): BlockOf<'pullquote'> => ({
    type: 'pullquote',
    text,
    anchor: textAnchor('q', text),
    ...(attribution === undefined ? {} : { attribution }),
  }),
  image: (overrides: Partial<Omit<BlockOf<'image'>, 'type'>> = {}): BlockOf<'image'> => ({
    type: 'image',
    src: 'images/harbour.jpg',
    alt: 'Fishing boats in the harbour at dawn',
    width: 1200,
    height: 800,
    ...overrides,
  }),
  list: (items: string[], isOrdered = false): BlockOf<'list'> => ({
    type: 'list',
    items: items.map(parseInline),
    ordered: isOrdered,
  }),
};
