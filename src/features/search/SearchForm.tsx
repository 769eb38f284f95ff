import { useState, type SubmitEvent } from 'react';
import type { Site } from '@/features/content/site';
import type { SearchQuery } from './searchAddress';
import { SEARCH_INPUT_ID } from './searchField';
import { sectionOptions } from './sectionOptions';

type Props = {
  site: Site;
  query: SearchQuery;
  /** The search's count per section, once it has one. */
  sectionCounts: Readonly<Record<string, number>> | undefined;
  /** Typing: the address follows without a history entry per keystroke. */
  onType: (q: string) => void;
  /** Submitting, or changing a filter or the order: a history entry of its own. */
  onChange: (query: SearchQuery) => void;
};

const fieldClass =
  'min-h-11 rounded border-thin border-rule-strong bg-paper px-3 font-sans text-summary text-ink';
const labelClass = 'font-sans text-control';

/** The query, the section filter and the order: every change goes to the address, which the results follow. */
export function SearchForm({ site, query, sectionCounts, onType, onChange }: Props) {
  const [text, setText] = useState(query.q);
  const [addressQ, setAddressQ] = useState(query.q);
  // Back and forward change the address under the field: the field follows. Typing runs ahead of
  // the address (its update is a transition), so only a change of the address itself resets the field.
  if (query.q !== addressQ) {
    setAddressQ(query.q);
    if (query.q !== text) setText(query.q);
  }
  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ ...query, q: text });
  };
  return (
    <form role="search" onSubmit={handleSubmit} className="mt-4 space-y-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={SEARCH_INPUT_ID} className={labelClass}>
          Search articles
        </label>
        <div className="flex gap-2">
          <input
            id={SEARCH_INPUT_ID}
            type="search"
            name="q"
            value={text}
            autoComplete="off"
            enterKeyHint="search"
            onChange={(event) => {
              setText(event.target.value);
              onType(event.target.value);
            }}
            className={`${fieldClass} w-full min-w-0 flex-1`}
          />
          <button
            type="submit"
            className="min-h-11 rounded bg-ink px-4 font-sans text-control text-paper hover:bg-accent"
          >
            Search
          </button>
        </div>
      </div>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="search-section" className={labelClass}>
            Section
          </label>
          <select
            id="search-section"
            value={query.section}
            onChange={(event) => {
              onChange({ ...query, q: text, section: event.target.value });
            }}
            className={`${fieldClass} max-w-full`}
          >
            <option value="">All sections</option>
            {sectionOptions(site, sectionCounts).map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="search-sort" className={labelClass}>
            Sort by
          </label>
          <select
            id="search-sort"
            value={query.sort}
            onChange={(event) => {
              onChange({ ...query, q: text, sort: event.target.value === 'newest' ? 'newest' : 'relevance' });
            }}
            className={fieldClass}
          >
            <option value="relevance">Relevance</option>
            <option value="newest">Newest first</option>
          </select>
        </div>
      </div>
    </form>
  );
}
