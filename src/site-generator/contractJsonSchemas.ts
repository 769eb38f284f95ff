import { toJsonSchema } from '@valibot/to-json-schema';
import {
  CONTRACT_VERSION,
  articleSchema,
  pageSchema,
  pastAddressesSchema,
  siteSchema,
} from '../features/content/contract/schema.ts';

/**
 * The publishers' JSON Schemas, generated from the same valibot schemas the app
 * validates with. Transforms (inline markup parsing) have no JSON Schema form
 * and only shape the output, so they are left out.
 *
 * Neither schema forbids fields it does not know (the contract ignores them,
 * so newer content does not break older readers), which is also what lets a
 * source file name its schema with a top-level `"$schema"` for the editor.
 */
export function contractJsonSchemas() {
  const describe = (
    name: string,
    schema: typeof articleSchema | typeof pageSchema | typeof siteSchema | typeof pastAddressesSchema,
    title: string,
  ) => ({
    // An identity, not an address: the schemas are published under each site's
    // own base path, so no single web address would be true for every site.
    $id: `urn:broadsheet:contract:v${String(CONTRACT_VERSION)}:${name}`,
    title,
    ...toJsonSchema(schema, { errorMode: 'ignore' }),
  });
  return {
    article: describe('article', articleSchema, `Broadsheet article, contract v${String(CONTRACT_VERSION)}`),
    page: describe('page', pageSchema, `Broadsheet page, contract v${String(CONTRACT_VERSION)}`),
    site: describe('site', siteSchema, `Broadsheet site, contract v${String(CONTRACT_VERSION)}`),
    'past-addresses': describe(
      'past-addresses',
      pastAddressesSchema,
      `Broadsheet past addresses (withdrawn and moved articles), contract v${String(CONTRACT_VERSION)}`,
    ),
  };
}

/** `article.schema.json`: a schema's file name, in the build's content/schema/ and in the repository's schemas/. */
export function schemaFileName(name: string): string {
  return `${name}.schema.json`;
}
