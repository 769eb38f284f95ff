import * as v from 'valibot';
import { articleSummarySchema, type ArticleSummary } from '../features/content/contract/schema.ts';
import type { ListedArticle } from './listedArticle.ts';

// Listings, the front page and every article's links share one summary per
// article: made once, whichever document asks first.
const summaries = new WeakMap<ListedArticle, ArticleSummary>();

/** What a card needs of an article: the summary schema keeps the listing's fields and drops the rest. */
export function summaryOf(article: ListedArticle): ArticleSummary {
  let summary = summaries.get(article);
  if (!summary) {
    summary = v.parse(articleSummarySchema, article);
    summaries.set(article, summary);
  }
  return summary;
}
