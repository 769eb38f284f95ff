import * as v from 'valibot';
import { readingMinutes } from '../features/content/contract/readingTime.ts';
import {
  articleSummarySchema,
  type Article,
  type ArticleSummary,
} from '../features/content/contract/schema.ts';

// Listings, the front page and every article's links share one summary per
// article: made once, whichever document asks first.
const summaries = new WeakMap<Article, ArticleSummary>();

/** What a card needs of an article: the summary schema keeps the listing's fields and drops the rest. */
export function summaryOf(article: Article): ArticleSummary {
  let summary = summaries.get(article);
  if (!summary) {
    summary = v.parse(articleSummarySchema, { ...article, readingMinutes: readingMinutes(article.body) });
    summaries.set(article, summary);
  }
  return summary;
}
