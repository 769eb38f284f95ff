// @vitest-environment node
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { contentDocuments } from '../testing/contentArbitraries';
import { checkSources } from './loadContent';

/** Runs for each way of breaking content; more with `FC_RUNS`. */
const numRuns = Number(process.env.FC_RUNS ?? 8);

type Documents = {
  site: Record<string, unknown>;
  articles: Record<string, unknown>[];
  pages: Record<string, unknown>[];
};
/** One way to break a valid content folder: which file and JSON path the build must then blame. */
type Breakage = {
  name: string;
  file: (documents: Documents) => string;
  path: string;
  apply: (documents: Documents) => void;
};

const siteFile = () => 'site.json';
const firstArticleFile = (documents: Documents) => `articles/${String(documents.articles[0]?.id)}.json`;
const onSite = (name: string, path: string, apply: (site: Record<string, unknown>) => void): Breakage => ({
  name,
  file: siteFile,
  path,
  apply: (documents) => {
    apply(documents.site);
  },
});
const onArticle = (
  name: string,
  path: string,
  apply: (article: Record<string, unknown>) => void,
): Breakage => ({
  name,
  file: firstArticleFile,
  path,
  apply: (documents) => {
    if (documents.articles[0]) apply(documents.articles[0]);
  },
});
const firstPageFile = (documents: Documents) => `pages/${String(documents.pages[0]?.id)}.json`;
const onPage = (name: string, path: string, apply: (page: Record<string, unknown>) => void): Breakage => ({
  name: `a page with ${name}`,
  file: firstPageFile,
  path,
  apply: (documents) => {
    if (documents.pages[0]) apply(documents.pages[0]);
  },
});
const sectionsOf = (site: Record<string, unknown>) => site.sections as Record<string, unknown>[];
const photo = (src: string) => ({ src, alt: '', width: 10, height: 10 });

const BREAKAGES: Breakage[] = [
  ...[
    'javascript:alert(1)',
    'data:text/html,x',
    'mailto:desk@news.example',
    'ftp://news.example',
    'news.example',
  ].map((url) => onSite(`a site url of ${url}`, 'url', (site) => (site.url = url))),
  onSite('a mirror with a script scheme', 'mirrors[0]', (site) => (site.mirrors = ['javascript:alert(1)'])),
  ...['en-GB-GB', 'english', 'e'].map((tag) =>
    onSite(`the language ${tag}`, 'language', (site) => (site.language = tag)),
  ),
  onSite('an empty site name', 'name', (site) => (site.name = '  ')),
  onSite('a section id of 300 characters', 'sections[0].id', (site) => {
    const [first] = sectionsOf(site);
    if (first) first.id = 'x'.repeat(300);
  }),
  onSite('a reserved top-level section id', 'sections[0].id', (site) => {
    const [first] = sectionsOf(site);
    if (first) first.id = 'saved';
  }),
  onSite('a chain of 1,000 nested sections', 'sections', (site) => {
    site.sections = Array.from({ length: 1_000 }, (_, index) => ({
      id: `level-${String(index)}`,
      title: 'Deep',
      ...(index > 0 ? { parent: `level-${String(index - 1)}` } : {}),
    }));
  }),
  onSite('a section whose parent does not exist', 'sections', (site) => {
    site.sections = [...sectionsOf(site), { id: 'orphan', title: 'Orphan', parent: 'nowhere' }];
  }),
  ...[
    '2026-02-30T00:00:00Z',
    '2026-11-28T09:30:00+23',
    '2026-11-28T09:30:00+23:00',
    'yesterday',
    '2026-11-28',
  ].map((date) => onArticle(`publishedAt ${date}`, 'publishedAt', (article) => (article.publishedAt = date))),
  onArticle('updatedAt on 29 February of a common year', 'updatedAt', (article) => {
    article.updatedAt = '2027-02-29T10:00:00+01:00';
  }),
  onArticle('an empty headline', 'headline', (article) => (article.headline = ' \n ')),
  ...['../outside.jpg', 'images/%2e%2e/%2e%2e/outside.jpg', 'javascript:alert(1)', '/etc/passwd', ''].map(
    (src) =>
      onArticle(
        `a hero image at ${JSON.stringify(src)}`,
        'image.src',
        (article) => (article.image = photo(src)),
      ),
  ),
  onArticle('a body image that leaves the folder', 'body[0].src', (article) => {
    article.body = [{ type: 'image', ...photo('../../secret.png') }];
  }),
  ...[0, 1.5, 1e9].map((width) =>
    onArticle(`an image ${String(width)} pixels wide`, 'image.width', (article) => {
      article.image = { ...photo('images/a.svg'), width };
    }),
  ),
  onArticle('an empty body', 'body', (article) => (article.body = [])),
  onArticle(
    'a block of an unknown type',
    'body[0].type',
    (article) => (article.body = [{ type: 'video', src: 'a.mp4' }]),
  ),
  onArticle('an id that is not a slug', 'id', (article) => (article.id = 'Not A Slug')),
  onArticle(
    'an id that differs from the file name',
    'id',
    (article) => (article.id = `${String(article.id)}-renamed`),
  ),
  onArticle('an unknown section', 'section', (article) => (article.section = 'no-such-section')),
  onArticle('a negative share count', 'shareCount', (article) => (article.shareCount = -1)),
  ...['—', '북한', '   ', '!!!'].map((tag) =>
    onArticle(`a tag ${JSON.stringify(tag)} that gives no topic id`, 'tags[1]', (article) => {
      article.tags = ['Seoul', tag];
    }),
  ),
  onArticle(
    'an author site.json does not define',
    'authors[0]',
    (article) => (article.authors = ['nobody-x']),
  ),
  onArticle('an empty list of authors', 'authors', (article) => (article.authors = [])),
  {
    name: 'an author named twice',
    file: firstArticleFile,
    path: 'authors[1]',
    apply: (documents) => {
      documents.site.authors = [{ id: 'kim', name: 'Kim' }];
      if (documents.articles[0]) documents.articles[0].authors = ['kim', 'kim'];
    },
  },
  onSite('two topics with one id', 'topics[1].id', (site) => {
    site.topics = [
      { id: 'seoul', title: 'Seoul' },
      { id: 'seoul', title: 'Seoul again' },
    ];
  }),
  onSite('two authors with one id', 'authors[1].id', (site) => {
    const authors = (site.authors as { id: string }[] | undefined) ?? [];
    site.authors = [{ id: 'kim', name: 'Kim' }, { id: 'kim', name: 'Kim' }, ...authors];
  }),
  ...['topics', 'authors'].map((id) =>
    onSite(`the reserved top-level section id ${id}`, 'sections[0].id', (site) => {
      const [first] = sectionsOf(site);
      if (first) first.id = id;
    }),
  ),
  onPage('an id that differs from the file name', 'id', (page) => (page.id = `${String(page.id)}-moved`)),
  onPage('an empty title', 'title', (page) => (page.title = '')),
  onPage('no body', 'body', (page) => delete page.body),
  onPage('a block of an unknown type', 'body[0].type', (page) => (page.body = [{ type: 'video' }])),
  onPage('updatedAt with no time', 'updatedAt', (page) => (page.updatedAt = '2026-11-30')),
];

/** Whether the build's checks blame `breakage`'s file and path once it is applied to valid `content`. */
function isBlamed(content: unknown, breakage: Breakage): boolean {
  const documents = structuredClone(content) as Documents;
  // The file name is the article's id before any breakage renames it.
  const file = breakage.file(documents);
  const labels = documents.articles.map((article) => `articles/${String(article.id)}.json`);
  const pageLabels = documents.pages.map((page) => `pages/${String(page.id)}.json`);
  breakage.apply(documents);
  const { problems } = checkSources(
    { label: 'site.json', data: documents.site },
    documents.articles.map((data, index) => ({ label: labels[index] ?? '', data })),
    documents.pages.map((data, index) => ({ label: pageLabels[index] ?? '', data })),
  );
  const isNamed = problems.some((problem) => problem.startsWith(`${file}: ${breakage.path}`));
  if (!isNamed) throw new Error(`${breakage.name} was reported as:\n${problems.join('\n') || '(nothing)'}`);
  return isNamed;
}

describe('content the contract refuses', () => {
  it.each(BREAKAGES.map((breakage) => [breakage.name, breakage] as const))(
    'fails on %s with a message naming the file and the JSON path, whatever else the content holds',
    (_name, breakage) => {
      fc.assert(
        fc.property(contentDocuments, (content) => isBlamed(content, breakage)),
        { numRuns },
      );
    },
  );
});
