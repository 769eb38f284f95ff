import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { QuoteShareButton } from './QuoteShareButton';
import { removeBrowserStubs, stubClipboard, stubExecCommand, stubShare } from './shareTestDoubles';

const QUOTE = 'We will not sell the harbour';
const URL = 'https://broadsheet.example/news/harbour-sale#:~:text=We%20will%20not%20sell%20the%20harbour';

afterEach(() => {
  removeBrowserStubs();
});

describe('QuoteShareButton', () => {
  it('shares the quote in quotation marks with its attribution and link where the browser can share', async () => {
    const user = userEvent.setup();
    const share = stubShare();
    render(<QuoteShareButton quote={QUOTE} attribution="Mayor Ana Ruiz" url={URL} />);

    await user.click(screen.getByRole('button', { name: 'Share quote' }));

    expect(share).toHaveBeenCalledWith({ text: '“We will not sell the harbour” — Mayor Ana Ruiz', url: URL });
  });

  it('shares the quote alone when it has no attribution', async () => {
    const user = userEvent.setup();
    const share = stubShare();
    render(<QuoteShareButton quote={QUOTE} url={URL} />);

    await user.click(screen.getByRole('button', { name: 'Share quote' }));

    expect(share).toHaveBeenCalledWith({ text: '“We will not sell the harbour”', url: URL });
  });

  it('copies the quote, attribution and link on two lines where the browser cannot share', async () => {
    const user = userEvent.setup();
    const writeText = stubClipboard('resolves');
    render(<QuoteShareButton quote={QUOTE} attribution="Mayor Ana Ruiz" url={URL} />);

    await user.click(screen.getByRole('button', { name: 'Share quote' }));

    // Copying loads its code first (useCopyFeedback): wait for it to finish, within this test.
    expect(screen.getByRole('status')).toContainElement(await screen.findByText('Quote copied'));
    expect(writeText).toHaveBeenCalledWith(`“We will not sell the harbour” — Mayor Ana Ruiz\n${URL}`);
  });

  it('does not copy when the reader closes the share sheet', async () => {
    const user = userEvent.setup();
    const writeText = stubClipboard('resolves');
    stubShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    render(<QuoteShareButton quote={QUOTE} url={URL} />);

    await user.click(screen.getByRole('button', { name: 'Share quote' }));

    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('copies instead when the share sheet fails', async () => {
    const user = userEvent.setup();
    const writeText = stubClipboard('resolves');
    stubShare(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')));
    render(<QuoteShareButton quote={QUOTE} url={URL} />);

    await user.click(screen.getByRole('button', { name: 'Share quote' }));

    expect(screen.getByRole('status')).toContainElement(await screen.findByText('Quote copied'));
    expect(writeText).toHaveBeenCalledWith(`“We will not sell the harbour”\n${URL}`);
  });

  it('offers the quote and link, selected, when copying fails', async () => {
    const user = userEvent.setup();
    stubClipboard('missing');
    stubExecCommand(false);
    render(<QuoteShareButton quote={QUOTE} attribution="Mayor Ana Ruiz" url={URL} />);

    await user.click(screen.getByRole('button', { name: 'Share quote' }));

    expect(screen.getByRole('status')).toContainElement(
      await screen.findByText('Copy failed — select the quote below'),
    );
    const field = await screen.findByRole('textbox', { name: 'Quote and link' });
    const expected = `“We will not sell the harbour” — Mayor Ana Ruiz\n${URL}`;
    expect(field).toHaveValue(expected);
    expect(field).toHaveFocus();
    expect(field).toHaveSelection(expected);
  });
});
