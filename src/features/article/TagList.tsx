import { Link } from '@/ui/Link';
import { pagePaths } from '@/features/content/contract/paths';
import type { ArticleLinks } from '@/features/content/contract/schema';

type Props = { tags: string[]; topics: ArticleLinks['topics'] | undefined };

const pill = 'inline-flex min-h-6 items-center rounded-sm bg-surface px-2.5 py-1 text-muted';

/**
 * The article's topics, each a link to its page. The build names them in the
 * links document (tags that give one id are one topic); without it the tags
 * show as written, unlinked.
 */
export function TagList({ tags, topics }: Props) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Topics" className="flex flex-wrap gap-2 font-sans text-meta">
      {topics
        ? topics.map((topic) => (
            <li key={topic.id}>
              <Link to={pagePaths.topic(topic.id)} className={`${pill} hover:text-ink hover:underline`}>
                {topic.title}
              </Link>
            </li>
          ))
        : tags.map((tag) => (
            <li key={tag} className={pill}>
              {tag}
            </li>
          ))}
    </ul>
  );
}
