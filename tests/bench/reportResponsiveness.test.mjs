// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyTap, judgeResponsiveness, renderResponsiveness } from './reportResponsiveness.mjs';

const tap = (figures = {}) => ({
  tapAtMs: 300,
  hydratedAtMs: 900,
  inpMs: 40,
  atTap: { isPresent: true, notReady: '', hasEffect: false },
  now: { isPresent: true, notReady: '', hasEffect: true },
  missed: null,
  ...figures,
});
const cell = (runs, delayMs = 300) => ({ control: 'save', label: 'Save', delayMs, runs, failures: [] });
const rowOf = (text, label) =>
  text.split('\n').find((line) => line.replace(/^\| +/, '').startsWith(`${label} `)) ?? '';

describe('classifyTap', () => {
  it('counts a tap with no effect on a control that looked ready as lost', () => {
    expect(classifyTap(tap({ now: { hasEffect: false } })).isLost).toBe(true);
  });

  it('does not count a tap on a control marked not ready as lost', () => {
    const pending = tap({
      atTap: { isPresent: true, notReady: 'data-pending' },
      now: { hasEffect: false },
    });
    expect(classifyTap(pending)).toMatchObject({ isLost: false, notReady: 'data-pending' });
  });

  it('tells a tap before the page was interactive from one after', () => {
    expect(classifyTap(tap()).isBeforeHydration).toBe(true);
    expect(classifyTap(tap({ tapAtMs: 1200 })).isBeforeHydration).toBe(false);
  });

  it('counts an interaction with no Event Timing entry at the 16 ms threshold', () => {
    expect(classifyTap(tap({ inpMs: null })).inpMs).toBe(16);
  });
});

describe('judgeResponsiveness', () => {
  it('meets the target at a p75 of exactly 100 ms with no tap lost', () => {
    const runs = [20, 40, 100, 300].map((inpMs) => tap({ inpMs }));
    expect(judgeResponsiveness([cell(runs)])).toMatchObject({ inpVerdict: 'met', lostVerdict: 'met' });
  });

  it('misses it with one tap lost or a p75 over 100 ms', () => {
    const lost = [tap(), tap({ now: { hasEffect: false } })];
    expect(judgeResponsiveness([cell(lost)]).lostVerdict).toBe('not met');
    const slow = [104, 40, 120].map((inpMs) => tap({ inpMs }));
    expect(judgeResponsiveness([cell(slow)]).inpVerdict).toBe('not met');
  });

  it('judges nothing without a single tap', () => {
    expect(judgeResponsiveness([cell([])])).toMatchObject({ inpVerdict: 'n/a', lostVerdict: 'n/a' });
  });
});

describe('renderResponsiveness', () => {
  const render = (cells) => renderResponsiveness({ path: '/news/a', cpuSlowdown: 4, cells });

  it('shows per control and moment the runs, INP p75 and max, early taps, not-ready kinds and lost taps', () => {
    const runs = [
      tap({ inpMs: 48 }),
      tap({ inpMs: 200, now: { hasEffect: false } }),
      tap({ inpMs: 64, atTap: { notReady: 'disabled' }, now: { hasEffect: false } }),
      tap({ inpMs: 32, tapAtMs: 1000 }),
    ];
    expect(rowOf(render([cell(runs)]), 'Save')).toMatch(
      /\| +300 ms \| +4 \| +300 ms \| +64 ms \| +200 ms \| +3 \| +1 `disabled` \| +\*\*1\*\* \|/,
    );
  });

  it('says when a tap had to wait for its control and how many runs failed', () => {
    const failed = {
      ...cell([tap({ missed: 'the previous page (no document yet)' })], 100),
      failures: ['x'],
    };
    expect(rowOf(render([failed]), 'Save')).toContain('1 (1 failed) | 300 ms (1 once the control appeared)');
  });

  it('lists each lost tap with its moment and the moment the page became interactive', () => {
    const text = render([cell([tap({ now: { hasEffect: false } })])]);
    expect(text).toContain('- Save tapped at 300 ms (aimed at 300 ms), interactive at 900 ms');
    expect(rowOf(text, 'No tap lost')).toContain('1 of 1 lost, **not met**');
  });

  it('tells a panel that opened empty from a control that did nothing', () => {
    const display = { ...cell([tap({ now: { hasEffect: false, isOpen: true } })]), label: 'Display' };
    expect(render([display])).toContain('interactive at 900 ms: it opened but stayed empty');
  });

  it('reports the median time to interactive', () => {
    const text = render([cell([tap({ hydratedAtMs: 800 }), tap({ hydratedAtMs: 1400 }), tap()])]);
    expect(rowOf(text, 'Time to interactive')).toContain('900 ms (no target)');
  });
});
