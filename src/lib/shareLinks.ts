import { formatCount } from './plural';
export type ShareNetwork = 'x' | 'facebook' | 'whatsapp' | 'telegram' | 'reddit' | 'linkedin' | 'email';

export type ShareLink = { network: ShareNetwork; label: string; href: string };

export type ShareTarget = { url: string; title: string; text?: string };

// A lone surrogate (half an emoji from a bad paste) makes encodeURIComponent
// throw; one broken character must not take the article page down with it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encode(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD'));
}

/** Each network's documented share address, in the order the share bar shows them. */
export function shareLinks({ url, title, text }: ShareTarget): ShareLink[] {
  const u = encode(url);
  const t = encode(title);
  const body = encode(text ? `${text}\n\n${url}` : url);
  return [
    { network: 'x', label: 'Share on X', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    {
      network: 'facebook',
      label: 'Share on Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    },
    {
      network: 'whatsapp',
      label: 'Share on WhatsApp',
      href: `https://wa.me/?text=${encode(`${title} ${url}`)}`,
    },
    { network: 'telegram', label: 'Share on Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    {
      network: 'reddit',
      label: 'Share on Reddit',
      href: `https://www.reddit.com/submit?url=${u}&title=${t}`,
    },
    {
      network: 'linkedin',
      label: 'Share on LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
    },
    { network: 'email', label: 'Share by email', href: `mailto:?subject=${t}&body=${body}` },
  ];
}

/** "1 share", "4,800 shares": digits in the reader's locale. */
export function formatShareCount(count: number, locale: string): string {
  return formatCount(count, { one: 'share', other: 'shares' }, locale);
}

const SURROUNDING_QUOTES = /^[\s"'“”‘’„‚«»‹›「」『』]+|[\s"'“”‘’„‚«»‹›「」『』]+$/g;

/** Longer quotes are linked by their first and last words, keeping the link short. */
const MAX_EXACT_WORDS = 8;
const EDGE_WORDS = 4;

function encodeFragmentPart(part: string): string {
  // '-', '&' and ',' delimit a text directive, so none may appear bare inside
  // a part; encodeURIComponent already escapes the last two.
  return encode(part).replaceAll('-', '%2D');
}

/**
 * A link that opens `url` scrolled to and highlighting `quote`, in browsers
 * that support text fragments (https://wicg.github.io/scroll-to-text-fragment/).
 * Others ignore the directive and open the page as usual.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const words = quote.replace(SURROUNDING_QUOTES, '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return url;
  const text =
    words.length > MAX_EXACT_WORDS
      ? `${encodeFragmentPart(words.slice(0, EDGE_WORDS).join(' '))},${encodeFragmentPart(words.slice(-EDGE_WORDS).join(' '))}`
      : encodeFragmentPart(words.join(' '));
  // An existing fragment stays; the directive follows it after ':~:'.
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${text}`;
}

export function supportsTextFragments(): boolean {
  return typeof document !== 'undefined' && 'fragmentDirective' in document;
}
