import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ShareBar } from './ShareBar';
import { removeBrowserStubs, stubClipboard, stubExecCommand, stubShare } from './shareTestDoubles';
import { FEEDBACK_MS } from './useCopyFeedback';

const URL = 'https://broadsheet.example/news/harbour-sale';
const TITLE = 'Harbour sale & the town’s future';

function bar(props: Partial<Parameters<typeof ShareBar>[0]> = {}) {
  return <ShareBar url={URL} title={TITLE} locale="en-GB" label="Share this article" {...props} />;
}

afterEach(() => {
  removeBrowserStubs();
  vi.useRealTimers();
});

describe('ShareBar', () => {
  it('is a region named by its label', () => {
    render(bar({ label: 'Share this article (end)' }));

    expect(screen.getByRole('region', { name: 'Share this article (end)' })).toBeInTheDocument();
  });

  it('shows the share total when there is one', () => {
    render(bar({ shareCount: 12 }));

    expect(screen.getByText('12 shares')).toBeInTheDocument();
  });

  it('shows no share total when there is none', () => {
    render(bar());

    expect(screen.queryByText(/shares?$/)).not.toBeInTheDocument();
  });

  it('has no native share button where the browser cannot share', () => {
    render(bar());

    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
  });

  it('opens the share sheet with the title, text and address where the browser can share', async () => {
    const user = userEvent.setup();
    const share = stubShare();
    render(bar({ text: 'The town votes tonight.' }));

    await user.click(screen.getByRole('button', { name: 'Share' }));

    expect(share).toHaveBeenCalledWith({ title: TITLE, text: 'The town votes tonight.', url: URL });
  });

  it('says nothing when the reader closes the share sheet', async () => {
    const user = userEvent.setup();
    const writeText = stubClipboard('resolves');
    stubShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    render(bar());

    await user.click(screen.getByRole('button', { name: 'Share' }));

    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('copies the link instead when the share sheet fails', async () => {
    const user = userEvent.setup();
    const writeText = stubClipboard('resolves');
    stubShare(() => Promise.reject(new DOMException('Bad data', 'DataError')));
    render(bar());

    await user.click(screen.getByRole('button', { name: 'Share' }));

    expect(screen.getByRole('status')).toContainElement(await screen.findByText('Link copied'));
    expect(writeText).toHaveBeenCalledWith(URL);
  });

  it('renders the same markup on the server and at hydration, then adds the share button', async () => {
    stubShare();
    const container = document.createElement('div');
    container.innerHTML = renderToString(bar());
    document.body.append(container);
    onTestFinished(() => {
      container.remove();
    });
    const consoleError = vi.spyOn(console, 'error');

    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();

    render(bar(), { container, hydrate: true });

    expect(await screen.findByRole('button', { name: 'Share' })).toBeInTheDocument();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('copies the address and says so when Copy link is pressed', async () => {
    const user = userEvent.setup();
    const writeText = stubClipboard('resolves');
    render(bar());

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(writeText).toHaveBeenCalledWith(URL);
    expect(screen.getByRole('status')).toContainElement(await screen.findByText('Link copied'));
  });

  it('clears the copied message after a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    stubClipboard('resolves');
    render(bar());
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();

    act(() => {
      vi.advanceTimersByTime(FEEDBACK_MS);
    });

    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('offers the address, selected, when copying fails', async () => {
    const user = userEvent.setup();
    stubClipboard('rejects');
    stubExecCommand(false);
    render(bar());

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(screen.getByRole('status')).toContainElement(
      await screen.findByText('Copy failed — select the address below'),
    );
    const field = await screen.findByRole('textbox', { name: 'Article address' });
    expect(field).toHaveValue(URL);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect(field).toHaveSelection(URL);
  });

  it('keeps the address field while the reader is in it, and clears it after they leave', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    stubClipboard('missing');
    stubExecCommand(false);
    render(bar());
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Article address' });

    act(() => {
      vi.advanceTimersByTime(FEEDBACK_MS * 2);
    });
    expect(field).toBeInTheDocument();
    await user.tab();
    act(() => {
      vi.advanceTimersByTime(FEEDBACK_MS);
    });

    expect(field).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('lists the seven network links, each opening in a new tab without passing on the opener', () => {
    render(bar());

    const links = within(screen.getByRole('list')).getAllByRole('link');

    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual([
      'Share on X',
      'Share on Facebook',
      'Share on WhatsApp',
      'Share on Telegram',
      'Share on Reddit',
      'Share on LinkedIn',
      'Share by email',
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  describe('compact, at the top of the article', () => {
    it('folds copy and the networks into a Share menu, with the save control and the count on the same row', () => {
      render(bar({ isCompact: true, shareCount: 12, trailing: <button type="button">Save</button> }));

      const region = screen.getByRole('region', { name: 'Share this article' });
      // eslint-disable-next-line testing-library/no-node-access -- <details> has no role to query by
      const menu = within(region).getByText('Share').closest('details');

      expect(menu).not.toBeNull();
      expect(within(region).getAllByRole('button', { name: 'Copy link' })).toHaveLength(1);
      expect(within(region).getAllByRole('link')).toHaveLength(7);
      expect(within(region).getByRole('button', { name: 'Save' })).toBeInTheDocument();
      expect(within(region).getByText('12 shares')).toBeInTheDocument();
    });

    it('opens the device’s share sheet instead of the menu where there is one', async () => {
      const user = userEvent.setup();
      const share = stubShare();
      render(bar({ isCompact: true }));

      await user.click(await screen.findByRole('button', { name: 'Share' }));

      expect(share).toHaveBeenCalledOnce();
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
    });
  });
});
