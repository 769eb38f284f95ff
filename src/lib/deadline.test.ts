import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDeadline } from './deadline';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('startDeadline', () => {
  it('aborts its signal once the time limit passes and says it expired', () => {
    const deadline = startDeadline(10_000);

    vi.advanceTimersByTime(9_999);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);

    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.hasExpired()).toBe(true);
    expect(deadline.signal.reason).toHaveProperty('name', 'TimeoutError');
  });

  it('passes the caller’s abort on with its reason and does not count it as expiry', () => {
    const caller = new AbortController();
    const deadline = startDeadline(10_000, caller.signal);
    const reason = new DOMException('navigated away', 'AbortError');

    caller.abort(reason);

    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toBe(reason);
    expect(deadline.hasExpired()).toBe(false);
  });

  it('never expires after the caller has aborted', () => {
    const caller = new AbortController();
    const deadline = startDeadline(10_000, caller.signal);

    caller.abort();
    vi.advanceTimersByTime(20_000);

    expect(deadline.hasExpired()).toBe(false);
  });

  it('starts aborted when the caller’s signal already is', () => {
    const caller = new AbortController();
    caller.abort();

    const deadline = startDeadline(10_000, caller.signal);

    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.hasExpired()).toBe(false);
  });

  it('does nothing more once cleared', () => {
    const caller = new AbortController();
    const deadline = startDeadline(10_000, caller.signal);

    deadline.clear();
    vi.advanceTimersByTime(20_000);
    caller.abort();

    expect(deadline.signal.aborted).toBe(false);
    expect(deadline.hasExpired()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
