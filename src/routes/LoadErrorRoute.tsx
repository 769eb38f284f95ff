import {
  ContentHttpError,
  ContentInvalidError,
  ContentLoadError,
  ContentNetworkError,
} from '@/features/content/contentErrors';
import { PageHeading } from '@/ui/PageHeading';

type Props = { error: unknown; onRetry: () => void };

function explain(error: unknown): { heading: string; advice: string } {
  if (error instanceof ContentNetworkError) {
    return {
      heading: 'We could not reach the newsroom',
      advice: 'Check your internet connection, then try again.',
    };
  }
  if (error instanceof ContentHttpError) {
    return { heading: 'The server had a problem', advice: 'This is usually brief. Try again in a moment.' };
  }
  if (error instanceof ContentInvalidError) {
    return {
      heading: 'This page’s content is damaged',
      advice:
        'The content arrived but does not match what the site expects. Try again later; if you publish this site, fix the file named below and deploy it again.',
    };
  }
  return { heading: 'Something went wrong', advice: 'Try again; if it keeps happening, come back later.' };
}

/** What went wrong, in words, with a way to try again: never a blank page. */
export function LoadErrorRoute({ error, onRetry }: Props) {
  const { heading, advice } = explain(error);
  const detail = error instanceof ContentLoadError || error instanceof Error ? error.message : String(error);
  return (
    <section role="alert" className="mx-auto max-w-measure py-10">
      <title>{`${heading} | Broadsheet`}</title>
      <PageHeading className="font-serif text-4xl font-black">{heading}</PageHeading>
      <p className="mt-4 text-lg">{advice}</p>
      <p className="mt-4 rounded border border-rule bg-surface p-3 font-mono text-sm break-words">{detail}</p>
      <div className="mt-6 flex flex-wrap gap-3 font-sans font-semibold">
        <button
          type="button"
          onClick={onRetry}
          className="inline-flex min-h-11 items-center rounded bg-ink px-5 text-paper hover:opacity-90"
        >
          Try again
        </button>
        <a
          href="/"
          className="inline-flex min-h-11 items-center rounded border border-rule px-5 hover:border-ink"
        >
          Go to the front page
        </a>
      </div>
    </section>
  );
}
