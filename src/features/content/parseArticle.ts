import * as v from 'valibot';
import { ContentInvalidError } from './contentErrors';
import { describeIssues, type Problem } from './contract/describeIssue';
import { articleEnvelopeSchema, type Article } from './contract/schema';
import { parseBlocks } from './parseBlocks';

export type ParsedArticle = {
  article: Article;
  /** Blocks that did not match the contract and were left out, so the rest can still be read. */
  droppedBlocks: Problem[];
};

/**
 * Validates an article block by block: a malformed article header is an error,
 * a malformed block is dropped and reported, never a blank article.
 */
export function parseArticle(data: unknown, url: string): ParsedArticle {
  const envelope = v.safeParse(articleEnvelopeSchema, data);
  if (!envelope.success) throw new ContentInvalidError(url, describeIssues(envelope.issues));
  const { body, droppedBlocks } = parseBlocks(envelope.output.body, url);
  return { article: { ...envelope.output, body }, droppedBlocks };
}
