type Props = { caption?: string | undefined; credit?: string | undefined; className?: string };

/** The figcaption under every content image: what it shows, then who made it. */
export function ImageCaption({ caption, credit, className = '' }: Props) {
  if (!caption && !credit) return null;
  return (
    <figcaption className={`mt-2 font-sans text-caption text-muted ${className}`}>
      {caption}
      {caption && credit && ' '}
      {credit && <span className="whitespace-nowrap">Photo by {credit}</span>}
    </figcaption>
  );
}
