import { toJsonSchema } from '@valibot/to-json-schema';
import { CONTRACT_VERSION, articleSchema, siteSchema } from '../features/content/contract/schema.ts';

/**
 * The publishers' JSON Schemas, generated from the same valibot schemas the app
 * validates with. Transforms (inline markup parsing) have no JSON Schema form
 * and only shape the output, so they are left out.
 */
export function contractJsonSchemas() {
  const describe = (name: string, schema: typeof articleSchema | typeof siteSchema, title: string) => ({
    $id: `https://broadsheet.example/content/schema/v${String(CONTRACT_VERSION)}/${name}.schema.json`,
    title,
    ...toJsonSchema(schema, { errorMode: 'ignore' }),
  });
  return {
    article: describe('article', articleSchema, `Broadsheet article, contract v${String(CONTRACT_VERSION)}`),
    site: describe('site', siteSchema, `Broadsheet site, contract v${String(CONTRACT_VERSION)}`),
  };
}
