import { formatCount } from '@/lib/plural';
import { formatBytes } from './formatBytes';
import type { Announcement } from './useOfflineReading';

type Props = { storedCount: number; totalBytes: number; announcement: Announcement | null; locale: string };

/** How much the offline copies take on this device, and the one place Retry speaks from. */
export function OfflineSummary({ storedCount, totalBytes, announcement, locale }: Props) {
  return (
    <>
      <p className="mt-4 font-sans text-meta text-muted">
        {storedCount > 0
          ? `${formatCount(storedCount, { one: 'article', other: 'articles' }, locale)} available offline, using ${formatBytes(totalBytes)} on this device.`
          : 'None of these articles is available offline yet.'}
      </p>
      <div role="status" className="sr-only">
        {/* A new node each time, so the same words said twice are announced twice. */}
        {announcement && <p key={announcement.at}>{announcement.message}</p>}
      </div>
    </>
  );
}
