import { afterEach, describe, expect, it } from 'vitest';
import { formatShareCount, shareLinks, supportsTextFragments, textFragmentUrl } from './shareLinks';

const URL = 'https://broadsheet.example/news/fish?ref=home&x=1';
const TITLE = 'Fish & chips: "Café" #1 in Zürich';

// Written out by hand, not computed, so the test cannot share a bug with the code.
const ENCODED_URL = 'https%3A%2F%2Fbroadsheet.example%2Fnews%2Ffish%3Fref%3Dhome%26x%3D1';
const ENCODED_TITLE = 'Fish%20%26%20chips%3A%20%22Caf%C3%A9%22%20%231%20in%20Z%C3%BCrich';

function hrefOf(network: string, text?: string): string | undefined {
  return shareLinks({ url: URL, title: TITLE, text }).find((link) => link.network === network)?.href;
}

describe('shareLinks', () => {
  it('lists the networks in a fixed order with their labels', () => {
    const links = shareLinks({ url: URL, title: TITLE });

    expect(links.map(({ network, label }) => [network, label])).toEqual([
      ['x', 'Share on X'],
      ['facebook', 'Share on Facebook'],
      ['whatsapp', 'Share on WhatsApp'],
      ['telegram', 'Share on Telegram'],
      ['reddit', 'Share on Reddit'],
      ['linkedin', 'Share on LinkedIn'],
      ['email', 'Share by email'],
    ]);
  });

  it.each([
    ['x', `https://x.com/intent/post?text=${ENCODED_TITLE}&url=${ENCODED_URL}`],
    ['facebook', `https://www.facebook.com/sharer/sharer.php?u=${ENCODED_URL}`],
    ['whatsapp', `https://wa.me/?text=${ENCODED_TITLE}%20${ENCODED_URL}`],
    ['telegram', `https://t.me/share/url?url=${ENCODED_URL}&text=${ENCODED_TITLE}`],
    ['reddit', `https://www.reddit.com/submit?url=${ENCODED_URL}&title=${ENCODED_TITLE}`],
    ['linkedin', `https://www.linkedin.com/sharing/share-offsite/?url=${ENCODED_URL}`],
    ['email', `mailto:?subject=${ENCODED_TITLE}&body=${ENCODED_URL}`],
  ])('builds the %s address with every parameter percent-encoded', (network, expected) => {
    expect(hrefOf(network)).toBe(expected);
  });

  it('never encodes a space as a plus sign', () => {
    for (const link of shareLinks({ url: URL, title: 'A title with spaces', text: 'Some text' })) {
      expect(link.href).not.toContain('+');
    }
  });

  it('puts the text, a blank line and the address in the email body', () => {
    expect(hrefOf('email', 'Cheap, cheerful - and hot.')).toBe(
      `mailto:?subject=${ENCODED_TITLE}&body=Cheap%2C%20cheerful%20-%20and%20hot.%0A%0A${ENCODED_URL}`,
    );
  });

  it('replaces a broken character in the title instead of throwing', () => {
    const links = shareLinks({ url: URL, title: 'Half an emoji \uD83D' });

    expect(links[0]?.href).toBe(
      `https://x.com/intent/post?text=Half%20an%20emoji%20%EF%BF%BD&url=${ENCODED_URL}`,
    );
  });
});

describe('formatShareCount', () => {
  it.each([
    [0, 'en-GB', '0 shares'],
    [1, 'en-GB', '1 share'],
    [12, 'en-GB', '12 shares'],
    [4800, 'en-GB', '4,800 shares'],
    [4800, 'de-DE', '4.800 shares'],
    [0, 'fr-FR', '0 shares'],
    [1, 'ko-KR', '1 share'],
  ])('writes %i in %s as %j', (count, locale, expected) => {
    expect(formatShareCount(count, locale)).toBe(expected);
  });
});

describe('textFragmentUrl', () => {
  const ARTICLE = 'https://broadsheet.example/news/fish';

  it('links a short quote by its whole text', () => {
    expect(textFragmentUrl(ARTICLE, 'The sea was calm')).toBe(`${ARTICLE}#:~:text=The%20sea%20was%20calm`);
  });

  it('trims surrounding quotation marks and spaces', () => {
    expect(textFragmentUrl(ARTICLE, '  “The sea was calm”  ')).toBe(
      `${ARTICLE}#:~:text=The%20sea%20was%20calm`,
    );
  });

  it('keeps a quote of exactly eight words whole', () => {
    expect(textFragmentUrl(ARTICLE, 'one two three four five six seven eight')).toBe(
      `${ARTICLE}#:~:text=one%20two%20three%20four%20five%20six%20seven%20eight`,
    );
  });

  it('links a quote longer than eight words by its first and last four words', () => {
    expect(textFragmentUrl(ARTICLE, '"We will not sell the harbour, not now and not ever," she said')).toBe(
      `${ARTICLE}#:~:text=We%20will%20not%20sell,not%20ever%2C%22%20she%20said`,
    );
  });

  it('escapes the characters that delimit a text directive', () => {
    expect(textFragmentUrl(ARTICLE, 'Salt-and-pepper, fish & chips')).toBe(
      `${ARTICLE}#:~:text=Salt%2Dand%2Dpepper%2C%20fish%20%26%20chips`,
    );
  });

  it('encodes letters beyond ASCII', () => {
    expect(textFragmentUrl(ARTICLE, 'Zürich café')).toBe(`${ARTICLE}#:~:text=Z%C3%BCrich%20caf%C3%A9`);
  });

  it('keeps an existing fragment and adds the directive after it', () => {
    expect(textFragmentUrl(`${ARTICLE}#p3`, 'The sea was calm')).toBe(
      `${ARTICLE}#p3:~:text=The%20sea%20was%20calm`,
    );
  });

  it('returns the address unchanged for a quote with no words', () => {
    expect(textFragmentUrl(ARTICLE, ' “” ')).toBe(ARTICLE);
  });
});

describe('supportsTextFragments', () => {
  afterEach(() => {
    Reflect.deleteProperty(document, 'fragmentDirective');
  });

  it('is false where the document has no fragment directive', () => {
    expect(supportsTextFragments()).toBe(false);
  });

  it('is true where the document has a fragment directive', () => {
    Object.defineProperty(document, 'fragmentDirective', { value: {}, configurable: true });

    expect(supportsTextFragments()).toBe(true);
  });
});
