import { Link } from '@/ui/Link';
import type { Inline } from '@/features/content/contract/inlineMarkup';

type Props = { nodes: Inline[] };

const linkClass = 'text-accent underline decoration-1 underline-offset-2 hover:decoration-2';

function InlineNode({ node }: { node: Inline }) {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'emphasis':
      return (
        <em>
          <InlineText nodes={node.children} />
        </em>
      );
    case 'strong':
      return (
        <strong>
          <InlineText nodes={node.children} />
        </strong>
      );
    case 'link':
      // Site-relative links stay inside the app; the rest are ordinary links.
      return node.href.startsWith('/') ? (
        <Link to={node.href} className={linkClass}>
          <InlineText nodes={node.children} />
        </Link>
      ) : (
        <a href={node.href} className={linkClass}>
          <InlineText nodes={node.children} />
        </a>
      );
  }
}

/** Inline markup as React elements: never raw HTML. */
export function InlineText({ nodes }: Props) {
  return nodes.map((node, index) => <InlineNode key={index} node={node} />);
}
