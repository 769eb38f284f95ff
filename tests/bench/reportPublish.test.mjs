// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderPublish } from './reportPublish.mjs';

const step = (wallMs, written, extra = {}) => ({
  wallMs,
  kind: 'incremental',
  written,
  deleted: 1,
  pagesRendered: 3,
  error: null,
  ...extra,
});

const size = (articles, add) => ({
  articles,
  fullBuildMs: 280_000,
  fullBuildPeakRssBytes: 1.5e9,
  first: step(4_000, 0),
  add,
  edit: step(9_000, 12),
  withdraw: step(10_001, 20),
});

describe('renderPublish', () => {
  it('marks each step against 10 s and a new article against 40 files', () => {
    const report = renderPublish({ sizes: [size(100_000, step(8_000, 41))], problems: [] });

    expect(report).toContain('8.00 s, met');
    expect(report).toContain('41 written, 1 deleted, **not met**');
    expect(report).toContain('10.00 s, **not met**');
    expect(report).toContain('4 min 40 s, met');
  });

  it('says when a publish fell back to a full build, and never counts it as met', () => {
    const report = renderPublish({
      sizes: [
        size(10_000, step(60_000, 900, { kind: 'full', error: 'a full build, because site.json changed' })),
      ],
      problems: [],
    });

    expect(report).toContain('1 min 00 s, **not met**');
  });

  it('reports the equality check as met only when no file differs', () => {
    const operations = [{ kind: 'add' }, { kind: 'edit' }, { kind: 'withdraw' }];
    const same = renderPublish({
      sizes: [{ ...size(10_000, step(1, 1)), equality: { operations, problems: [] } }],
    });
    const differ = renderPublish({
      sizes: [
        { ...size(10_000, step(1, 1)), equality: { operations, problems: ['differs: a'], differing: 1 } },
      ],
    });

    expect(same).toContain('the same, file for file and byte for byte, met');
    expect(differ).toContain('1 files differ, not met');
  });
});
