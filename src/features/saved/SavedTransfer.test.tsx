import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '@/features/reader-state/savedArticles';
import { savedArticle } from '@/testing/readerStateFixtures';
import { resetReaderState, savedIds } from '@/testing/readerStateTesting';
import { EXPORT_FORMAT } from './exportFormats';
import { SavedTransfer } from './SavedTransfer';

function renderTransfer() {
  render(<SavedTransfer articles={[]} siteUrl="https://news.example" siteName="Broadsheet" locale="en-GB" />);
}

const jsonFile = (text: string) => new File([text], 'broadsheet-saved.json', { type: 'application/json' });

beforeEach(() => {
  resetReaderState();
});

describe('SavedTransfer', () => {
  it('imports the new entries of a file and reports the duplicates and the unreadable ones', async () => {
    const user = userEvent.setup();
    saveArticle(savedArticle('already-saved'));
    renderTransfer();
    const file = jsonFile(
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 2,
        articles: [
          savedArticle('new-here'),
          savedArticle('already-saved'),
          { ...savedArticle('x'), headline: '' },
        ],
      }),
    );

    await user.upload(screen.getByLabelText('Import JSON export…'), file);

    expect(
      await screen.findByText(
        'Added 1 article. Skipped 1 article already saved. Rejected 1 entry that could not be read:',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Entry 3: headline: Invalid length: Expected !0 but received 0',
    );
    expect(savedIds().sort()).toEqual(['already-saved', 'new-here']);
  });

  it('counts several of each in the plural', async () => {
    const user = userEvent.setup();
    saveArticle(savedArticle('old-1'));
    saveArticle(savedArticle('old-2'));
    renderTransfer();
    const unreadable = { ...savedArticle('x'), headline: '' };
    const file = jsonFile(
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 2,
        articles: [
          savedArticle('new-1'),
          savedArticle('new-2'),
          savedArticle('old-1'),
          savedArticle('old-2'),
          unreadable,
          unreadable,
        ],
      }),
    );

    await user.upload(screen.getByLabelText('Import JSON export…'), file);

    expect(
      await screen.findByText(
        'Added 2 articles. Skipped 2 articles already saved. Rejected 2 entries that could not be read:',
      ),
    ).toBeInTheDocument();
  });

  it('imports nothing from a file that is not JSON and says so', async () => {
    const user = userEvent.setup();
    renderTransfer();

    await user.upload(screen.getByLabelText('Import JSON export…'), jsonFile('{"format": "broadsheet'));

    expect(await screen.findByText('Nothing was imported. The file is not valid JSON.')).toBeInTheDocument();
    expect(savedIds()).toEqual([]);
  });

  it('disables both exports while nothing is saved', () => {
    renderTransfer();

    expect(screen.getByRole('button', { name: 'Export as JSON' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Export as browser bookmarks' })).toBeDisabled();
  });
});
