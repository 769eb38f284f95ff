import * as v from 'valibot';
import { describeIssues, type Problem } from './contract/describeIssue';
import { blockSchema, type Block } from './contract/schema';

/** Two identical paragraphs in one body get `-2`, `-3` … so every anchor is unique. */
function withUniqueAnchors(blocks: Block[]): Block[] {
  const seen = new Map<string, number>();
  return blocks.map((block) => {
    if (block.type !== 'paragraph' && block.type !== 'pullquote') return block;
    const count = (seen.get(block.anchor) ?? 0) + 1;
    seen.set(block.anchor, count);
    return count === 1 ? block : { ...block, anchor: `${block.anchor}-${String(count)}` };
  });
}

export type ParsedBody = {
  body: Block[];
  /** Blocks that did not match the contract and were left out, so the rest can still be read. */
  droppedBlocks: Problem[];
};

/**
 * Validates the body of an article or page block by block: a malformed block
 * is dropped and reported (with a warning naming `url`), never a blank page.
 */
export function parseBlocks(candidates: readonly unknown[], url: string): ParsedBody {
  const body: Block[] = [];
  const droppedBlocks: Problem[] = [];
  candidates.forEach((candidate, index) => {
    const block = v.safeParse(blockSchema, candidate);
    if (block.success) {
      body.push(block.output);
      return;
    }
    // One entry per block: the reader cares how many blocks are missing, the log says why.
    const [problem] = describeIssues(block.issues);
    const where = problem && problem.path !== '(document)' ? `.${problem.path}` : '';
    droppedBlocks.push({
      path: `body[${String(index)}]${where}`,
      message: problem?.message ?? 'does not match the contract',
    });
  });

  if (droppedBlocks.length > 0) {
    console.warn(
      `Broadsheet: left out ${String(droppedBlocks.length)} malformed block(s) of ${url}:`,
      droppedBlocks.map((problem) => `${problem.path}: ${problem.message}`),
    );
  }
  return { body: withUniqueAnchors(body), droppedBlocks };
}
