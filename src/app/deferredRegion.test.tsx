import { act, render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

type Props = { name: string };

function Greeting({ name }: Props) {
  return <p>Hello, {name}</p>;
}

const nextTick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** React retries a render that suspended on `use` only inside an awaited act(), as in lazyRoute.test. */
async function inAct(action: () => unknown) {
  await act(async () => {
    await action();
    await nextTick();
  });
}

/** A fresh module each time: whether regions may load is the module's own state. */
async function freshRegions() {
  vi.resetModules();
  return import('./deferredRegion');
}

describe('deferredRegion', () => {
  it('fetches nothing until the first page is live, then loads and shows the region', async () => {
    const { deferredRegion, loadDeferredRegions } = await freshRegions();
    const load = vi.fn(() => Promise.resolve<ComponentType<Props>>(Greeting));
    const Region = deferredRegion(load);

    await inAct(() => render(<Region name="reader" />));
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByText('Hello, reader')).not.toBeInTheDocument();

    await inAct(loadDeferredRegions);
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Hello, reader')).toBeInTheDocument();
  });

  it('renders in full once loaded, as the prerenderer needs', async () => {
    const { deferredRegion, loadDeferredRegions } = await freshRegions();
    const Region = deferredRegion(() => Promise.resolve<ComponentType<Props>>(Greeting));
    loadDeferredRegions();
    await Region.preload();

    expect(renderToString(<Region name="reader" />)).toContain('Hello, <!-- -->reader');
  });

  it('leaves the region out, and the page standing, when its code cannot be loaded', async () => {
    const { deferredRegion, loadDeferredRegions } = await freshRegions();
    const Region = deferredRegion<Props>(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    loadDeferredRegions();

    await inAct(() =>
      render(
        <main>
          <h1>The article</h1>
          <Region name="reader" />
        </main>,
      ),
    );

    expect(screen.getByRole('heading', { name: 'The article' })).toBeInTheDocument();
    expect(screen.queryByText('Hello, reader')).not.toBeInTheDocument();
  });
});
