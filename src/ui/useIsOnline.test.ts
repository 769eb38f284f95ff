import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useIsOnline } from './useIsOnline';

function goOnline(isOnline: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: isOnline, configurable: true });
  window.dispatchEvent(new Event(isOnline ? 'online' : 'offline'));
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'onLine');
});

describe('useIsOnline', () => {
  it('says what the browser says and follows it offline and back', () => {
    const { result } = renderHook(() => useIsOnline());
    expect(result.current).toBe(true);

    act(() => {
      goOnline(false);
    });
    expect(result.current).toBe(false);

    act(() => {
      goOnline(true);
    });
    expect(result.current).toBe(true);
  });
});
