// @vitest-environment node
import { cp, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPaths, pagePaths } from '../../features/content/contract/paths.ts';
import type { PastAddresses, SiteSource } from '../../features/content/contract/schema.ts';
import { buildSectionTree } from '../../features/content/contract/sectionTree.ts';
import { recordDirOf } from './buildRecord.ts';
import type { ChangeList } from './publishCommand.ts';
import { fullBuild, outputDifferences, projectRoot, publish } from './publishEquality.test-helper.ts';

// A generated archive of a few hundred articles over several sections, topics
// and authors, built once; each case copies that build, applies random adds,
// edits and withdrawals, publishing after each, and compares the result with
// a full build of the same content, file for file and byte for byte.

const ARTICLES = 200;
const RUNS = Number(process.env.FC_RUNS ?? 2);
const sample = path.join(projectRoot, 'public/content');
// Cards are drawn for the sample content's own test below; 200 here would measure drawing.
const env = { BROADSHEET_SHARE_CARDS: 'skip' };

type Site = { sections: { id: string }[]; authors: { id: string }[] };
let work = '';
let base = '';
let site: Site;
const TAGS = ['tides', 'railways', 'korea', 'unesco', 'north-korea', 'rivers', 'energy', 'ports'];
const heroes = ['how-tides-work', 'busan-port-city', 'channel-tunnel-explained'];

async function articleOf(index: number, fields: Partial<Record<string, unknown>> = {}) {
  const hero = JSON.parse(
    await readFile(path.join(sample, 'articles', `${heroes[index % heroes.length] ?? ''}.json`), 'utf8'),
  ) as { image: unknown };
  return {
    id: `story-${String(index).padStart(4, '0')}`,
    section: site.sections[index % site.sections.length]?.id,
    headline: `Generated story ${String(index)}`,
    publishedAt: new Date(Date.parse('2025-01-01T00:00:00Z') + index * 7_200_000).toISOString(),
    authors: [site.authors[index % site.authors.length]?.id],
    tags: [TAGS[index % TAGS.length], TAGS[(index * 3 + 1) % TAGS.length]],
    ...(index % 4 === 0 ? { image: hero.image } : {}),
    body: [{ type: 'paragraph', text: `The generated body of story ${String(index)}.` }],
    ...fields,
  };
}

const articleFile = (content: string, id: string) => path.join(content, 'articles', `${id}.json`);

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'broadsheet-publish-'));
  site = JSON.parse(await readFile(path.join(sample, 'site.json'), 'utf8')) as Site;
  base = path.join(work, 'base');
  const content = path.join(base, 'content');
  await mkdir(path.join(content, 'articles'), { recursive: true });
  await cp(path.join(sample, 'images'), path.join(content, 'images'), { recursive: true });
  await cp(path.join(sample, 'site.json'), path.join(content, 'site.json'));
  for (let index = 0; index < ARTICLES; index += 1) {
    const article = await articleOf(index);
    await writeFile(articleFile(content, article.id), JSON.stringify(article));
  }
  fullBuild(content, path.join(base, 'dist'), env);
}, 240_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

type Operation =
  | { kind: 'add'; index: number; newest: boolean }
  | { kind: 'edit'; target: number; headline: string; moves: boolean }
  | { kind: 'withdraw'; target: number }
  | { kind: 'ledger'; index: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    index: fc.integer({ min: 1, max: 9999 }),
    newest: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    target: fc.nat(ARTICLES - 1),
    headline: fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim().length > 0),
    moves: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('withdraw' as const), target: fc.nat(ARTICLES - 1) }),
  // The ledger edited by hand: the place of a story withdrawn before this archive was built.
  fc.record({ kind: fc.constant('ledger' as const), index: fc.nat(ARTICLES - 1) }),
);

async function apply(content: string, step: Operation, existing: Set<string>) {
  const ids = [...existing].sort();
  if (step.kind === 'ledger') {
    const ledgerFile = path.join(content, contentPaths.pastAddresses());
    const ledger = JSON.parse(
      await readFile(ledgerFile, 'utf8').catch(() => '{"withdrawn":[],"moved":[]}'),
    ) as PastAddresses;
    const { section, tags, authors, publishedAt } = await articleOf(step.index);
    const sitePath = buildSectionTree((site as SiteSource).sections)[section ?? '']?.path ?? '';
    const id = `gone-${String(step.index)}`;
    if (ledger.withdrawn.some((entry) => entry.path.endsWith(`/${id}`))) return;
    ledger.withdrawn.push({
      path: pagePaths.article(sitePath, id),
      withdrawnAt: '2026-01-01T00:00:00.000Z',
      listed: {
        publishedAt,
        section: section ?? '',
        topics: tags.flatMap((tag) => tag ?? []),
        authors: authors.flatMap((author) => author ?? []),
      },
    });
    await writeFile(ledgerFile, JSON.stringify(ledger, null, 2));
    return;
  }
  if (step.kind === 'add') {
    const article = await articleOf(ARTICLES + step.index, {
      // The newest story of all, or one back-dated into the archive.
      publishedAt: step.newest
        ? '2026-12-01T08:00:00.000Z'
        : new Date(Date.parse('2025-01-01T00:00:00Z') + step.index * 3_600_000).toISOString(),
    });
    await writeFile(articleFile(content, article.id), JSON.stringify(article));
    existing.add(article.id);
    return;
  }
  const id = ids[step.target % ids.length];
  if (id === undefined) return;
  if (step.kind === 'withdraw') {
    await unlink(articleFile(content, id));
    existing.delete(id);
    return;
  }
  const article = JSON.parse(await readFile(articleFile(content, id), 'utf8')) as { section: string };
  const sections = site.sections.map((section) => section.id);
  const section = step.moves
    ? (sections[(sections.indexOf(article.section) + 1) % sections.length] ?? article.section)
    : article.section;
  await writeFile(articleFile(content, id), JSON.stringify({ ...article, headline: step.headline, section }));
}

describe('npm run publish', () => {
  it(
    'leaves the same output as a full build after any adds, edits and withdrawals, each published',
    async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 4 }), async (operations) => {
          run += 1;
          const dir = path.join(work, `run-${String(run)}`);
          await cp(base, dir, { recursive: true });
          await cp(recordDirOf(path.join(base, 'dist')), recordDirOf(path.join(dir, 'dist')), {
            recursive: true,
          });
          const content = path.join(dir, 'content');
          const existing = new Set(
            Array.from({ length: ARTICLES }, (_, index) => `story-${String(index).padStart(4, '0')}`),
          );
          for (const step of operations) {
            await apply(content, step, existing);
            const changesFile = path.join(dir, 'changes.json');
            publish(content, path.join(dir, 'dist'), changesFile, env);
            const changes = JSON.parse(await readFile(changesFile, 'utf8')) as ChangeList;
            expect(changes.kind).toBe('incremental');
          }
          fullBuild(content, path.join(dir, 'full'), env);
          expect(await outputDifferences(path.join(dir, 'dist'), path.join(dir, 'full'))).toEqual([]);
          await rm(dir, { recursive: true, force: true });
          await rm(recordDirOf(path.join(dir, 'dist')), { recursive: true, force: true });
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    },
    RUNS * 240_000,
  );
});
