import type { ShareNetwork } from '@/lib/shareLinks';
import { siteHref } from '@/lib/basePath';

export type ShareIconName = 'share' | 'link' | ShareNetwork;

type Props = { name: ShareIconName };

/**
 * A small icon of the share bar in the text colour: the share and link
 * actions, and each network's mark, so the reader finds their network by
 * shape before reading its name. The drawings live in `public/icons.svg`
 * (one request, cached, and no bytes in the article's script). Decorative,
 * since every control also has words.
 */
export function ShareIcon({ name }: Props) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-[1.125rem] shrink-0">
      <use href={siteHref(`/icons.svg#${name}`)} />
    </svg>
  );
}
