// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { articleSchema, pageSchema, siteSchema } from '../../features/content/contract/schema';
import { contractJsonSchemas } from '../contractJsonSchemas';
import { sampleContentDir } from '../contentFolder.test-helper';
import { schemaFile, schemaFileTexts } from './schemaFiles';

describe('the committed JSON Schemas', () => {
  it.each(schemaFileTexts().map(({ file, text }) => [path.basename(file), file, text]))(
    'schemas/%s is what the contract generates (if not, run npm run content:schemas)',
    async (_name, file, text) => {
      expect(await readFile(file, 'utf8')).toBe(text);
    },
  );

  it('let a source file name its schema: neither forbids fields it does not know', () => {
    for (const schema of Object.values(contractJsonSchemas())) {
      expect(schema).not.toHaveProperty('additionalProperties', false);
    }
  });

  it('are the ones the sample content names, and the contract accepts the "$schema" field', async () => {
    const site: unknown = JSON.parse(await readFile(path.join(sampleContentDir, 'site.json'), 'utf8'));
    const articleFile = path.join(sampleContentDir, 'articles/jikji-movable-type.json');
    const article: unknown = JSON.parse(await readFile(articleFile, 'utf8'));

    expect(site).toHaveProperty('$schema', '../../schemas/site.schema.json');
    expect(path.resolve(sampleContentDir, '../../schemas/site.schema.json')).toBe(schemaFile('site'));
    expect(article).toHaveProperty('$schema', '../../../schemas/article.schema.json');
    expect(path.resolve(path.dirname(articleFile), '../../../schemas/article.schema.json')).toBe(
      schemaFile('article'),
    );
    expect(v.is(siteSchema, site) && v.is(articleSchema, article)).toBe(true);
  });

  it('include the page schema, which the sample pages name', async () => {
    const pageFile = path.join(sampleContentDir, 'pages/about.json');
    const page: unknown = JSON.parse(await readFile(pageFile, 'utf8'));

    expect(contractJsonSchemas().page.$id).toBe('urn:broadsheet:contract:v1:page');
    expect(page).toHaveProperty('$schema', '../../../schemas/page.schema.json');
    expect(path.resolve(path.dirname(pageFile), '../../../schemas/page.schema.json')).toBe(
      schemaFile('page'),
    );
    expect(v.is(pageSchema, page)).toBe(true);
  });
});
