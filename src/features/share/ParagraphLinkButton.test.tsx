import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyAnnouncer } from './CopyAnnouncer';
import { ParagraphLinkButton } from './ParagraphLinkButton';
import { removeBrowserStubs, stubClipboard, stubExecCommand } from './shareTestDoubles';
import { FEEDBACK_MS } from './useCopyFeedback';

const URL = 'https://broadsheet.example/news/harbour-sale#p3';

function renderInParagraph() {
  return render(
    <p className="group relative">
      The council met at dawn.
      <ParagraphLinkButton url={URL} paragraph={3} />
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
  it('is a link to the paragraph named for what it does and which paragraph', () => {
    renderInParagraph();

    expect(screen.getByRole('link', { name: 'Copy link to paragraph 3' })).toHaveAttribute('href', URL);
  });

  it('can be reached with the keyboard', async () => {
    const user = userEvent.setup();
    renderInParagraph();

    await user.tab();

    expect(screen.getByRole('link', { name: 'Copy link to paragraph 3' })).toHaveFocus();
  });

  it('is hidden until its paragraph is hovered or it has keyboard focus', () => {
    renderInParagraph();

    expect(screen.getByRole('link', { name: 'Copy link to paragraph 3' })).toHaveClass(
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

    await user.click(screen.getByRole('link', { name: 'Copy link to paragraph 3' }));

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
    await user.click(screen.getByRole('link', { name: 'Copy link to paragraph 3' }));
    await user.keyboard('[/ControlLeft]');

    expect(click.wasPrevented).toBe(false);
    expect(writeText).not.toHaveBeenCalled();
  });

  it('points to the link itself when copying fails', async () => {
    const user = userEvent.setup();
    stubClipboard('rejects');
    stubExecCommand(false);
    renderInParagraph();

    await user.click(screen.getByRole('link', { name: 'Copy link to paragraph 3' }));

    expect(screen.getByRole('status')).toContainElement(
      await screen.findByText('Copy failed — right-click or long-press ¶ to copy'),
    );
  });

  it('clears the message after a few seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    stubClipboard('resolves');
    renderInParagraph();
    await user.click(screen.getByRole('link', { name: 'Copy link to paragraph 3' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();

    act(() => {
      vi.advanceTimersByTime(FEEDBACK_MS);
    });

    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('on an article, says its result through the one shared status region', async () => {
    const user = userEvent.setup();
    stubClipboard('resolves');
    render(
      <CopyAnnouncer>
        {[1, 2, 3, 4].map((paragraph) => (
          <p key={paragraph} className="group relative">
            Paragraph {paragraph}.
            <ParagraphLinkButton url={`${URL}-${String(paragraph)}`} paragraph={paragraph} />
          </p>
        ))}
      </CopyAnnouncer>,
    );
    expect(screen.getAllByRole('status')).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: 'Copy link to paragraph 2' }));

    await screen.findByText('Link copied', { selector: '[role=status] *' });
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getAllByText('Link copied')).toHaveLength(2);
  });
});
