type Props = { tags: string[] };

export function TagList({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-2 font-sans text-meta">
      {tags.map((tag) => (
        <li key={tag} className="rounded-sm bg-surface px-2.5 py-1 text-muted">
          {tag}
        </li>
      ))}
    </ul>
  );
}
