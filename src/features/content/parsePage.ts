import * as v from 'valibot';
import { ContentInvalidError } from './contentErrors';
import { describeIssues, type Problem } from './contract/describeIssue';
import { pageEnvelopeSchema, type Page } from './contract/schema';
import { parseBlocks } from './parseBlocks';

export type ParsedPage = {
  page: Page;
  /** Blocks that did not match the contract and were left out, so the rest can still be read. */
  droppedBlocks: Problem[];
};

/** Validates a page of the site's own as an article is: header whole, body block by block. */
export function parsePage(data: unknown, url: string): ParsedPage {
  const envelope = v.safeParse(pageEnvelopeSchema, data);
  if (!envelope.success) throw new ContentInvalidError(url, describeIssues(envelope.issues));
  const { body, droppedBlocks } = parseBlocks(envelope.output.body, url);
  return { page: { ...envelope.output, body }, droppedBlocks };
}
