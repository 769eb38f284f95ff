import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useRetryWhenOnline } from './useRetryWhenOnline';

const connectionReturns = () => window.dispatchEvent(new Event('online'));

describe('useRetryWhenOnline', () => {
  it('retries once when the connection comes back', () => {
    const handleRetry = vi.fn();
    renderHook(() => {
      useRetryWhenOnline(handleRetry);
    });

    connectionReturns();
    connectionReturns();

    expect(handleRetry).toHaveBeenCalledTimes(1);
  });

  it('does nothing when not enabled', () => {
    const handleRetry = vi.fn();
    renderHook(() => {
      useRetryWhenOnline(handleRetry, false);
    });

    connectionReturns();

    expect(handleRetry).not.toHaveBeenCalled();
  });

  it('stops listening once the page that failed is gone', () => {
    const handleRetry = vi.fn();
    const { unmount } = renderHook(() => {
      useRetryWhenOnline(handleRetry);
    });

    unmount();
    connectionReturns();

    expect(handleRetry).not.toHaveBeenCalled();
  });
});
