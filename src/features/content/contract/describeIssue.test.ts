import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssue, describeIssues } from './describeIssue';

function firstIssue(schema: v.GenericSchema, data: unknown): v.BaseIssue<unknown> {
  const result = v.safeParse(schema, data);
  const [issue] = result.issues ?? [];
  if (!issue) throw new Error('expected the data to fail the schema');
  return issue;
}

describe('describeIssue', () => {
  it('writes object keys with dots and array indexes in brackets', () => {
    const schema = v.object({ a: v.array(v.object({ b: v.string() })) });

    const problem = describeIssue(firstIssue(schema, { a: [{ b: 'x' }, { b: 1 }] }));

    expect(problem.path).toBe('a[1].b');
  });

  it('names the document itself when the issue has no path', () => {
    const problem = describeIssue(firstIssue(v.string(), 5));

    expect(problem).toEqual({ path: '(document)', message: 'expected string, received 5' });
  });

  it('reports a missing key as required but missing', () => {
    const problem = describeIssue(firstIssue(v.object({ title: v.string() }), {}));

    expect(problem).toEqual({ path: 'title', message: 'is required but missing' });
  });

  it('lists the options of a union as "one of"', () => {
    const problem = describeIssue(firstIssue(v.picklist(['red', 'green']), 'blue'));

    expect(problem.message).toBe('expected one of red, green, received "blue"');
  });

  it('keeps a single expected value as it is', () => {
    const problem = describeIssue(firstIssue(v.literal('paragraph'), 'heading'));

    expect(problem.message).toBe('expected "paragraph", received "heading"');
  });

  it('joins the message of a failed check with the received value', () => {
    const schema = v.pipe(v.number(), v.minValue(1, 'expected at least 1'));

    const problem = describeIssue(firstIssue(schema, 0));

    expect(problem.message).toBe('expected at least 1, received 0');
  });
});

describe('describeIssues', () => {
  it('describes every issue in order', () => {
    const schema = v.object({ a: v.string(), b: v.number() });
    const result = v.safeParse(schema, { a: 1, b: 'x' });

    expect(describeIssues(result.issues ?? []).map((problem) => problem.path)).toEqual(['a', 'b']);
  });
});
