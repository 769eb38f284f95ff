import { useDetailsDismissal } from '@/ui/useDetailsDismissal';
import type { ShareLink } from '@/lib/shareLinks';
import { menuItemClass, pillClass } from './pillClass';
import { ShareIcon } from './ShareIcon';
import { ShareNetworkList } from './ShareNetworkList';

type Props = { links: ShareLink[]; onCopy: () => void };

/**
 * "Share" where the device has no share sheet: a menu with the copy action and
 * the networks. A `<details>`, so it opens before the page's script has run
 * and the network links work without it.
 */
export function ShareMenu({ links, onCopy }: Props) {
  const ref = useDetailsDismissal();
  function handleCopy() {
    onCopy();
    // The menu's job is done; the row beside it says how the copy went.
    if (ref.current) ref.current.open = false;
    ref.current?.querySelector('summary')?.focus();
  }
  return (
    <details ref={ref} className="relative">
      <summary className={`${pillClass} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>
        <ShareIcon name="share" />
        Share
      </summary>
      <div className="absolute start-0 top-full z-30 mt-2 w-60 max-w-[calc(100vw-2rem)] rounded border-thin border-rule bg-paper p-2 shadow-lg">
        <button type="button" onClick={handleCopy} className={menuItemClass}>
          <ShareIcon name="link" />
          Copy link
        </button>
        <div className="my-1 border-t-thin border-rule" />
        <ShareNetworkList links={links} layout="menu" />
      </div>
    </details>
  );
}
