/**
 * The hero's `<picture>` as an article's prerendered page writes it: its
 * sources (type, srcset, sizes) and the `<img>`'s address. Read from the page
 * the reconciler stores anyway, so the stored variant is chosen from exactly
 * the markup the article shows, never from a second copy of its rules.
 * The page's policy forbids turning a string into a document (Trusted Types),
 * so this reads the page's own, known markup as text.
 */
export type HeroPicture = {
  sources: { type: string; srcset: string; sizes: string }[];
  src: string;
};

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'", '#x27': "'" };

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name = '', value = ''] of tag.matchAll(/([\w-]+)="([^"]*)"/g)) {
    found[name.toLowerCase()] = value.replace(
      /&(amp|quot|lt|gt|#39|#x27);/g,
      (_, entity: string) => ENTITIES[entity] ?? '',
    );
  }
  return found;
}

/**
 * The first figure in the page's main region: the hero, which the article's
 * header puts before any figure of its body. `src` is the image the article's
 * JSON names, to make sure of it.
 */
export function heroPictureIn(html: string, src: string): HeroPicture | undefined {
  const main = html.indexOf('<main');
  const start = html.indexOf('<figure', main);
  if (main < 0 || start < 0) return undefined;
  const figure = html.slice(start, html.indexOf('</figure>', start));
  const imgTag = /<img\b[^>]*>/i.exec(figure)?.[0];
  const imgSrc = imgTag && attributes(imgTag).src;
  if (!imgSrc?.endsWith(src)) return undefined;
  const sources = [...figure.matchAll(/<source\b[^>]*>/gi)].map(([tag]) => {
    const { type = '', srcset = '', sizes = '' } = attributes(tag);
    return { type, srcset, sizes };
  });
  return { sources, src: imgSrc };
}
