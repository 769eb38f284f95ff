import type { BaseIssue } from 'valibot';

export type Problem = { path: string; message: string };

/** `body[3].type` from valibot's path items. */
function formatPath(issue: BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((path, item) => {
    const key = item.key;
    if (typeof key === 'number') return `${path}[${String(key)}]`;
    return path ? `${path}.${String(key)}` : String(key);
  }, '');
}

/** Turns `("a" | "b")` into `one of a, b`. */
function formatExpected(expected: string): string {
  const options = expected.replace(/^\(|\)$/g, '').split(' | ');
  if (options.length < 2) return expected;
  return `one of ${options.map((option) => option.replace(/^"|"$/g, '')).join(', ')}`;
}

/** A one-line, publisher-readable account of a validation issue. */
export function describeIssue(issue: BaseIssue<unknown>): Problem {
  const path = formatPath(issue) || '(document)';
  if (issue.kind === 'validation') {
    // "received 0" says nothing useful about empty text; elsewhere the received value helps.
    const received =
      issue.type === 'non_empty' || issue.type === 'raw_check' ? '' : `, received ${issue.received}`;
    return { path, message: `${issue.message}${received}` };
  }
  if (issue.type === 'object' && issue.received === 'undefined') {
    return { path, message: 'is required but missing' };
  }
  const expected = issue.expected ? formatExpected(issue.expected) : 'a different value';
  return { path, message: `expected ${expected}, received ${issue.received}` };
}

export function describeIssues(issues: readonly BaseIssue<unknown>[]): Problem[] {
  return issues.map(describeIssue);
}
