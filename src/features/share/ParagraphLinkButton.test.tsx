import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ParagraphLinkButton } from './ParagraphLinkButton';
import { removeBrowserStubs, stubClipboard, stubExecCommand } from './shareTestDoubles';
import { FEEDBACK_MS } from './useCopyFeedback';

const URL = 'https://broadsheet.example/news/harbour-sale#p3';

function renderInParagraph() {
  return render(
    <p className="group relative">
      The council met at dawn.
      <ParagraphLinkButton url={URL} />
    </p>,
  );
}

/**
 * Records whether the component cancelled the click's navigation, then cancels
 * it anyway: jsdom cannot navigate and would only complain.
 */
function watchClickDefault() {
  const click: { wasPrevented?: boolean } = {};
  window.addEventListener(
    'click',
    (event) => {
      click.wasPrevented = event.defaultPrevented;
      event.preventDefault();
    },
    { once: true },
  );
  return click;
}

afterEach(() => {
  removeBrowserStubs();
  vi.useRealTimers();
});

describe('ParagraphLinkButton', () => {
  it('is a link to the paragraph named for what it does', () => {
    renderInParagraph();

    expect(screen.getByRole('link', { name: 'Copy link to this paragraph' })).toHaveAttribute('href', URL);
  });

  it('can be reached with the keyboard', async () => {
    const user = userEvent.setup();
    renderInParagraph();

    await user.tab();

    expect(screen.getByRole('link', { name: 'Copy link to this paragraph' })).toHaveFocus();
  });

  it('is hidden until its paragraph is hovered or it has keyboard focus', () => {
    renderInParagraph();

    expect(screen.getByRole('link', { name: 'Copy link to this paragraph' })).toHaveClass(
      'opacity-0',
      'group-hover:opacity-100',
      'focus-visible:opacity-100',
    );
  });

  it('copies the paragraph address instead of following it, and says so', async () => {
    const user = userEvent.setup();
    const writeText = stubClipboard('resolves');
    const click = watchClickDefault();
    renderInParagraph();

    await user.click(screen.getByRole('link', { name: 'Copy link to this paragraph' }));

    expect(screen.getByRole('status')).toContainElement(await screen.findByText('Link copied'));
    expect(writeText).toHaveBeenCalledWith(URL);
    expect(click.wasPrevented).toBe(true);
  });

  it('lets a modified click open the paragraph as usual', async () => {
    const user = userEvent.setup();
    const writeText = stubClipboard('resolves');
    const click = watchClickDefault();
    renderInParagraph();

    await user.keyboard('[ControlLeft>]');
    await user.click(screen.getByRole('link', { name: 'Copy link to this paragraph' }));
    await user.keyboard('[/ControlLeft]');

    expect(click.wasPrevented).toBe(false);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('points to the link itself when copying fails', async () => {
    const user = userEvent.setup();
    stubClipboard('rejects');
    stubExecCommand(false);
    renderInParagraph();

    await user.click(screen.getByRole('link', { name: 'Copy link to this paragraph' }));

    expect(screen.getByRole('status')).toContainElement(
      await screen.findByText('Copy failed — right-click or long-press ¶ to copy'),
    );
  });

  it('clears the message after a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    stubClipboard('resolves');
    renderInParagraph();
    await user.click(screen.getByRole('link', { name: 'Copy link to this paragraph' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();

    act(() => {
      vi.advanceTimersByTime(FEEDBACK_MS);
    });

    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});
