import type { Section } from '@/features/content/contract/schema';
import type { Site } from '@/features/content/site';
import { footerLinkClass } from './FooterGroup';
import { SectionLink } from './SectionLink';

type Props = { site: Site; sections: readonly Section[] };

/** Sections as list items, each with its children in a list of their own, indented below it. */
export function FooterSectionList({ site, sections }: Props) {
  return sections.map((section) => {
    const node = site.sectionsById[section.id];
    if (!node) return null;
    return (
      <li key={section.id}>
        <SectionLink
          section={node}
          className={({ isCurrent }) =>
            `${footerLinkClass} ${node.parent === undefined ? 'font-semibold text-ink' : ''} ${isCurrent ? 'underline' : ''}`
          }
        />
        {node.children.length > 0 && (
          <ul className="ps-4">
            <FooterSectionList site={site} sections={node.children} />
          </ul>
        )}
      </li>
    );
  });
}
