type Props = { caption?: string | undefined; credit?: string | undefined; className?: string };

/** The figcaption under every content image: what it shows, then who made it. */
export function ImageCaption({ caption, credit, className = '' }: Props) {
  if (!caption && !credit) return null;
  return (
    <figcaption className={`mt-2 font-sans text-caption text-muted ${className}`}>
      {caption}
      {caption && credit && ' '}
      {/* Kept together on a line of its own if need be, yet free to wrap when longer than the line
          (`inline-block` itself is taken: the `block` spacing token makes it a width). */}
      {credit && <span className="[display:inline-block]">Photo by {credit}</span>}
    </figcaption>
  );
}
