import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_INTERVAL_MS, scheduleChecks } from './checkSchedule';

const MINUTE = 60_000;

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

function setOnline(isOnline: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => isOnline });
  window.dispatchEvent(new Event(isOnline ? 'online' : 'offline'));
}

describe('scheduleChecks', () => {
  let stop: () => void = () => undefined;
  const check = vi.fn();

  beforeEach(() => {
    vi.useFakeTimers();
    check.mockReset();
    setVisibility('visible');
    setOnline(true);
    stop = scheduleChecks({ lastCheckedAt: Date.now(), check });
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('checks every five minutes while the tab is visible and online, not before the first five', () => {
    vi.advanceTimersByTime(CHECK_INTERVAL_MS - 1);
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('makes no check while the tab is hidden, and checks at once on its return when five minutes have passed', () => {
    vi.advanceTimersByTime(MINUTE);
    setVisibility('hidden');
    vi.advanceTimersByTime(15 * MINUTE);
    expect(check).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(check).toHaveBeenCalledTimes(1);
    // Then the rhythm resumes from that check.
    vi.advanceTimersByTime(CHECK_INTERVAL_MS - 1);
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('waits out the rest of the five minutes when the tab returns sooner', () => {
    vi.advanceTimersByTime(MINUTE);
    setVisibility('hidden');
    vi.advanceTimersByTime(MINUTE);
    setVisibility('visible');
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3 * MINUTE);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('makes no check while offline, and checks when the connection returns', () => {
    setOnline(false);
    vi.advanceTimersByTime(20 * MINUTE);
    expect(check).not.toHaveBeenCalled();
    setOnline(true);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('makes no check once stopped', () => {
    stop();
    vi.advanceTimersByTime(20 * MINUTE);
    setVisibility('hidden');
    setVisibility('visible');
    expect(check).not.toHaveBeenCalled();
  });

  it('counts the first five minutes from when the page got its data', () => {
    stop();
    stop = scheduleChecks({ lastCheckedAt: Date.now() - 4 * MINUTE, check });
    vi.advanceTimersByTime(MINUTE);
    expect(check).toHaveBeenCalledTimes(1);
  });
});
