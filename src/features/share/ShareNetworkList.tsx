import { useId } from 'react';
import type { ShareLink, ShareNetwork } from '@/lib/shareLinks';

type Props = { links: ShareLink[] };

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

export function ShareNetworkList({ links }: Props) {
  const newTabHintId = useId();
  return (
    <>
      <ul className="flex flex-wrap gap-2 font-sans text-sm">
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
              className="inline-flex min-h-11 items-center rounded-full border border-rule px-3 text-ink transition-colors hover:border-ink hover:bg-surface"
            >
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
