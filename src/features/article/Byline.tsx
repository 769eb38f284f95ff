import { Link } from '@/ui/Link';
import { pagePaths } from '@/features/content/contract/paths';

type Props = {
  /** The article's free-text byline, which publishers may write instead of the names. */
  byline: string | undefined;
  /** The authors the article names, in its order. */
  authors: { id: string; name: string }[];
  locale: string;
};

const linkClass = 'text-ink underline decoration-muted underline-offset-2 hover:decoration-ink';

/**
 * "By Rowan Petrie and Yoon Ha-eun", each name a link to the author's page.
 * A byline written out is shown as written; it links to the author's page
 * when the article names just one, as it can only mean that one.
 */
export function Byline({ byline, authors, locale }: Props) {
  const [only] = authors;
  if (byline !== undefined) {
    return (
      <>
        By{' '}
        {only && authors.length === 1 ? (
          <Link to={pagePaths.author(only.id)} className={linkClass}>
            {byline}
          </Link>
        ) : (
          byline
        )}
      </>
    );
  }
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(
    authors.map((author) => author.name),
  );
  let next = 0;
  return (
    <>
      By{' '}
      {parts.map((part, index) => {
        if (part.type === 'literal') return part.value;
        const author = authors[next++];
        return author ? (
          <Link key={index} to={pagePaths.author(author.id)} className={linkClass}>
            {part.value}
          </Link>
        ) : null;
      })}
    </>
  );
}
