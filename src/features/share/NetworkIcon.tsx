import type { ReactNode } from 'react';
import type { ShareNetwork } from '@/lib/shareLinks';

type Props = { network: ShareNetwork };

/**
 * A small mark for each network, drawn by the project in the text colour: the
 * reader finds their network by shape before reading its name. Decorative,
 * since every link also carries the name.
 */
export function NetworkIcon({ network }: Props) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-[1.125rem] shrink-0" fill="currentColor">
      {marks[network]}
    </svg>
  );
}

const marks: Record<ShareNetwork, ReactNode> = {
  x: <path d="M4 3h4.6l4 5.6L17.4 3H20l-6.2 7.2L21 21h-4.6l-4.4-6.1L6.7 21H4l6.8-7.8z" />,
  facebook: (
    <path d="M13.5 22v-8h2.7l.4-3.2h-3.1V8.8c0-.9.3-1.6 1.6-1.6h1.7V4.4c-.3 0-1.3-.1-2.5-.1-2.5 0-4.2 1.5-4.2 4.3v2.2H7.4V14h2.7v8z" />
  ),
  whatsapp: (
    <path d="M12 2.5a9.4 9.4 0 0 0-8.1 14.2L2.6 21.5l4.9-1.3A9.4 9.4 0 1 0 12 2.5Zm0 2a7.4 7.4 0 1 1-3.8 13.8l-.3-.2-2.6.7.7-2.5-.2-.3A7.4 7.4 0 0 1 12 4.5Zm-3 3.3c-.2 0-.5.1-.7.4-.3.3-1 1-1 2.3s1 2.7 1.2 2.9c.1.2 2 3 4.8 4.2 2.3.9 2.8.7 3.3.7.5-.1 1.6-.7 1.8-1.3.2-.6.2-1.2.2-1.3-.1-.1-.3-.2-.6-.3l-1.8-.9c-.3-.1-.5-.1-.7.1l-.8 1c-.1.2-.3.2-.6.1a6 6 0 0 1-3-2.6c-.2-.4.2-.4.7-1.3.1-.2 0-.3 0-.5l-.8-2c-.2-.5-.4-.5-.6-.5Z" />
  ),
  telegram: (
    <path d="M21.5 3.6 2.9 10.8c-1.2.5-1.2 1.2 0 1.6l4.7 1.5 1.8 5.6c.2.6.4.8.9.8.4 0 .6-.2.9-.5l2.3-2.2 4.7 3.5c.9.5 1.5.2 1.7-.8l3.1-14.6c.3-1.3-.5-1.9-1.5-1.3ZM9.3 14.2l9-7.3-7 8.1-.4 3.2z" />
  ),
  reddit: (
    <path d="M21 11.7a2 2 0 0 0-3.4-1.4 9.6 9.6 0 0 0-5-1.6l.9-4 2.8.6a1.5 1.5 0 1 0 .2-1l-3.3-.7-1.1 5a9.7 9.7 0 0 0-5.1 1.6A2 2 0 1 0 4.8 13.4a4 4 0 0 0 0 .6c0 3 3.2 5.4 7.2 5.4s7.2-2.4 7.2-5.4a4 4 0 0 0 0-.6 2 2 0 0 0 1.8-1.7ZM8.3 13a1.2 1.2 0 1 1 2.4 0 1.2 1.2 0 0 1-2.4 0Zm6.8 3.3a4.6 4.6 0 0 1-3.1.9 4.6 4.6 0 0 1-3.1-.9.4.4 0 0 1 .5-.6 3.9 3.9 0 0 0 2.6.7 3.9 3.9 0 0 0 2.6-.7.4.4 0 1 1 .5.6Zm-.2-2.1a1.2 1.2 0 1 1 0-2.4 1.2 1.2 0 0 1 0 2.4Z" />
  ),
  linkedin: (
    <path d="M4.5 3A1.5 1.5 0 0 0 3 4.5v15A1.5 1.5 0 0 0 4.5 21h15a1.5 1.5 0 0 0 1.5-1.5v-15A1.5 1.5 0 0 0 19.5 3ZM6 9.5h2.7V18H6Zm1.3-4.2a1.6 1.6 0 1 1 0 3.1 1.6 1.6 0 0 1 0-3.1Zm3.3 4.2h2.6v1.2c.4-.7 1.3-1.4 2.6-1.4 2.8 0 3.3 1.8 3.3 4.2V18h-2.7v-4c0-1 0-2.2-1.3-2.2s-1.6 1-1.6 2.1V18h-2.7Z" />
  ),
  email: (
    <path d="M3.5 5h17A1.5 1.5 0 0 1 22 6.5v11a1.5 1.5 0 0 1-1.5 1.5h-17A1.5 1.5 0 0 1 2 17.5v-11A1.5 1.5 0 0 1 3.5 5Zm.5 2.3v9.7h16V7.3l-8 5.4Zm1.6-.3L12 11.3 18.4 7Z" />
  ),
};
