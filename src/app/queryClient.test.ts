import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentNotFoundError, ContentTimeoutError } from '@/features/content/contentErrors';
import { createQueryClient } from './queryClient';

const URL = '/content/articles/a.json';

afterEach(() => {
  onlineManager.setOnline(true);
  vi.useRealTimers();
});

describe('createQueryClient', () => {
  it('asks even when the browser says it is offline, so a failure can be shown', async () => {
    onlineManager.setOnline(false);
    const queryFn = vi.fn(() => Promise.resolve('article'));

    const data = await createQueryClient().query({ queryKey: ['article'], queryFn });

    expect(data).toBe('article');
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('asks for a missing document once more after a second before giving up', async () => {
    vi.useFakeTimers();
    const queryFn = vi.fn(() => Promise.reject(new ContentNotFoundError(URL)));
    const query = createQueryClient()
      .query({ queryKey: ['article'], queryFn })
      .catch((error: unknown) => error);

    await vi.advanceTimersByTimeAsync(999);
    expect(queryFn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(await query).toBeInstanceOf(ContentNotFoundError);
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('does not re-check a missing document while the first page loads', async () => {
    const queryFn = vi.fn(() => Promise.reject(new ContentNotFoundError(URL)));

    const error = await createQueryClient({ hasShownFirstPage: () => false })
      .query({ queryKey: ['article'], queryFn })
      .catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(ContentNotFoundError);
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('does not ask again after a timeout', async () => {
    const queryFn = vi.fn(() => Promise.reject(new ContentTimeoutError(URL, 10_000)));

    const error = await createQueryClient()
      .query({ queryKey: ['article'], queryFn })
      .catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(ContentTimeoutError);
    expect(queryFn).toHaveBeenCalledTimes(1);
  });
});
