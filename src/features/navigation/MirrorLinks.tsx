import { useId } from 'react';
import { mirrorAddress } from './mirrorAddress';

type Props = {
  /** The site's other addresses, from site.json `mirrors`; each may have a path of its own. */
  mirrors: readonly string[];
  /** The page's path on the site, relative to its base: `/news/koreas/x?page=2`. */
  sitePath: string;
};

/**
 * The page the reader asked for, at each of the site's other addresses: when
 * the main one is blocked where they are, one of these may still answer.
 */
export function MirrorLinks({ mirrors, sitePath }: Props) {
  const headingId = useId();
  if (mirrors.length === 0) return null;
  return (
    <div className="mt-8 border-t border-rule pt-6">
      <h2 id={headingId} className="font-sans text-summary font-semibold">
        This page on our other addresses
      </h2>
      <p className="mt-2">If this address is blocked or cannot be reached where you are, try one of these.</p>
      <ul aria-labelledby={headingId} className="mt-3 space-y-2 font-sans">
        {mirrors.map((mirror) => {
          const href = mirrorAddress(mirror, sitePath);
          return (
            <li key={mirror}>
              <a href={href} className="wrap-anywhere underline underline-offset-2 hover:text-accent">
                {href}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
