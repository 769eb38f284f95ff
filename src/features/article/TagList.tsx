import { Link } from 'react-router';
import { pagePaths } from '@/features/content/contract/paths';
import { slugify } from '@/features/content/contract/slugify';

type Props = { tags: string[] };

/** The article's tags, each a link to its topic's page (the build refuses a tag that gives no topic id). */
export function TagList({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Topics" className="flex flex-wrap gap-2 font-sans text-meta">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            to={pagePaths.topic(slugify(tag) ?? '')}
            className="inline-flex min-h-6 items-center rounded-sm bg-surface px-2.5 py-1 text-muted hover:text-ink hover:underline"
          >
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
