import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleSource } from '../../features/content/contract/schema.ts';
import { schemaFile } from './schemaFiles.ts';

export const PLACEHOLDER_PARAGRAPH = 'Replace this paragraph with the first paragraph of your article.';

/** A new article as a publisher would start it: the required fields and one paragraph to replace. */
export type ArticleScaffold = ArticleSource & { $schema: string };

export function articleScaffold(
  fields: Pick<ArticleSource, 'id' | 'section' | 'headline' | 'publishedAt'> & { $schema: string },
): ArticleScaffold {
  const { $schema, id, section, headline, publishedAt } = fields;
  return {
    $schema,
    id,
    section,
    headline,
    publishedAt,
    body: [{ type: 'paragraph', text: PLACEHOLDER_PARAGRAPH }],
  };
}

/**
 * The `"$schema"` a new article in `articlesDir` names: the one its neighbours
 * name (content kept in its own repository may point at the published
 * /content/schema/article.schema.json), else the repository's copy by a
 * relative path, which VS Code resolves from the file when it starts with ".".
 */
export async function articleSchemaReference(articlesDir: string): Promise<string> {
  const neighbour = (await readdir(articlesDir).catch(() => []))
    .filter((file) => file.endsWith('.json'))
    .sort()[0];
  if (neighbour) {
    const data: unknown = await readFile(path.join(articlesDir, neighbour), 'utf8')
      .then((text): unknown => JSON.parse(text))
      .catch(() => undefined);
    const named: unknown =
      data !== null && typeof data === 'object' ? Reflect.get(data, '$schema') : undefined;
    if (typeof named === 'string') return named;
  }
  const relative = path.relative(articlesDir, schemaFile('article')).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}
