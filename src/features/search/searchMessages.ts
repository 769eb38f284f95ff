import { formatCount } from '@/lib/plural';
import type { SearchOutcome } from './runSearch';
import type { SearchQuery } from './searchAddress';

/** "12 results for “kimchi” in Koreas": what the count line shows and the status region reads out. */
export function resultsSummary(
  outcome: SearchOutcome,
  query: SearchQuery,
  sectionTitle: string | undefined,
  locale: string,
): string {
  const count = formatCount(outcome.total, { one: 'result', other: 'results' }, locale);
  const where = sectionTitle ? ` in ${sectionTitle}` : '';
  const when = query.scope === 'all' ? ' in the whole archive' : '';
  return `${count} for “${query.q.trim()}”${where}${when}`;
}
