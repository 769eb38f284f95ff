import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { isPageReady } from './pagePreload';
import { usePrefetchOnIntent } from './usePrefetchOnIntent';

function intentHandlersFor(prefetch: () => Promise<unknown>[], sitePath: string) {
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => usePrefetchOnIntent(prefetch, undefined, sitePath), { wrapper }).result.current;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('usePrefetchOnIntent', () => {
  afterEach(() => {
    document.documentElement.removeAttribute('data-save-data');
  });

  it('marks the page ready once everything it prefetched has arrived', async () => {
    let arrive: () => void = () => undefined;
    const handlers = intentHandlersFor(() => [new Promise<void>((resolve) => (arrive = resolve))], '/news/a');

    handlers.onPointerEnter();
    await settle();
    expect(isPageReady('/news/a')).toBe(false);
    arrive();
    await settle();

    expect(isPageReady('/news/a')).toBe(true);
  });

  it('does not call a page ready when part of it failed to arrive', async () => {
    const handlers = intentHandlersFor(
      () => [Promise.resolve(), Promise.reject(new Error('offline'))],
      '/news/b',
    );

    handlers.onFocus();
    await settle();

    expect(isPageReady('/news/b')).toBe(false);
  });

  it('fetches nothing and marks nothing with the data saver on', async () => {
    document.documentElement.setAttribute('data-save-data', '');
    const prefetch = vi.fn(() => [Promise.resolve()]);
    const handlers = intentHandlersFor(prefetch, '/news/c');

    handlers.onTouchStart();
    await settle();

    expect(prefetch).not.toHaveBeenCalled();
    expect(isPageReady('/news/c')).toBe(false);
  });
});
