import { useId } from 'react';
import type { ShareLink, ShareNetwork } from '@/lib/shareLinks';
import { ShareIcon } from './ShareIcon';
import { menuItemClass, pillClass } from './pillClass';

type Props = {
  links: ShareLink[];
  /** A wrapping row of pills (the foot of the article) or a menu's column. */
  layout?: 'row' | 'menu';
};

// Short visible names keep the row compact; each is contained in its full
// label, so speech-input users can say what they see.
const SHORT_NAMES: Record<ShareNetwork, string> = {
  x: 'X',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  reddit: 'Reddit',
  linkedin: 'LinkedIn',
  email: 'Email',
};

export function ShareNetworkList({ links, layout = 'row' }: Props) {
  const newTabHintId = useId();
  return (
    <>
      <ul className={layout === 'row' ? 'flex flex-wrap gap-2' : 'grid'}>
        {links.map((link) => (
          <li key={link.network}>
            {/* A new tab keeps the article open behind the network's share page
                (or a webmail compose window, for the mail link). */}
            <a
              href={link.href}
              aria-label={link.label}
              aria-describedby={newTabHintId}
              target="_blank"
              rel="noopener noreferrer"
              className={layout === 'row' ? pillClass : menuItemClass}
            >
              <ShareIcon name={link.network} />
              {SHORT_NAMES[link.network]}
            </a>
          </li>
        ))}
      </ul>
      <span id={newTabHintId} hidden>
        Opens in a new tab
      </span>
    </>
  );
}
