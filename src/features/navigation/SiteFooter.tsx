import type { Site } from '@/features/content/site';

type Props = { site: Site };

export function SiteFooter({ site }: Props) {
  return (
    <footer className="mt-16 border-t border-rule bg-surface">
      <div className="mx-auto grid max-w-page gap-6 px-4 py-10 font-sans text-sm text-muted sm:grid-cols-2 sm:px-6">
        <div>
          <p className="font-serif text-xl font-black text-ink">{site.name}</p>
          <p className="mt-2 max-w-prose">{site.description}</p>
        </div>
        {site.mirrors && site.mirrors.length > 0 && (
          <div>
            <h2 className="font-semibold text-ink">Also available at</h2>
            <ul className="mt-2 space-y-1">
              {site.mirrors.map((mirror) => (
                <li key={mirror}>
                  <a href={mirror} className="underline underline-offset-2 hover:text-ink">
                    {new URL(mirror).host}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </footer>
  );
}
