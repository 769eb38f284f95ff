// Writes a generated archive of N articles (default 10,000) for build measurements:
//   node tests/bench/generate-archive.mjs 10000 /tmp/archive
// It copies site.json and the images of the sample content, then writes N
// articles spread over every section and over the years, each reusing one of
// the sample heroes, tags and author and a body of plain, clearly synthetic
// paragraphs, so the archive has topics and author pages of realistic sizes.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const count = Number(process.argv[2] ?? 10000);
const target = path.resolve(process.argv[3] ?? '/tmp/broadsheet-archive');
const source = path.resolve(import.meta.dirname, '../../public/content');

rmSync(target, { recursive: true, force: true });
mkdirSync(path.join(target, 'articles'), { recursive: true });
cpSync(path.join(source, 'images'), path.join(target, 'images'), { recursive: true });
const site = JSON.parse(readFileSync(path.join(source, 'site.json'), 'utf8'));
writeFileSync(path.join(target, 'site.json'), JSON.stringify(site));

const samples = readdirSync(path.join(source, 'articles')).map((file) =>
  JSON.parse(readFileSync(path.join(source, 'articles', file), 'utf8')),
);
const start = Date.parse('2026-11-29T12:00:00Z');
for (let index = 0; index < count; index += 1) {
  const sample = samples[index % samples.length];
  const section = site.sections[index % site.sections.length].id;
  const id = `archive-${String(index + 1).padStart(6, '0')}`;
  const article = {
    id,
    section,
    headline: `Archive item ${index + 1}: ${sample.headline}`,
    standfirst: `A generated archive entry for build measurements, number ${index + 1}.`,
    publishedAt: new Date(start - index * 3_600_000).toISOString(),
    ...(sample.authors ? { authors: sample.authors } : { byline: 'Archive Generator' }),
    image: sample.image,
    body: [
      {
        type: 'paragraph',
        text: `This is generated archive entry ${index + 1}. It exists only to measure builds.`,
      },
      { type: 'heading', text: 'Generated section' },
      { type: 'paragraph', text: 'Its body is synthetic and says nothing about the world.' },
      { type: 'list', items: ['First generated point', 'Second generated point'] },
    ],
    tags: sample.tags ?? ['archive'],
  };
  writeFileSync(path.join(target, 'articles', `${id}.json`), JSON.stringify(article));
}
console.log(`wrote ${count} articles to ${target}`);
