import path from 'node:path';
import { contractJsonSchemas, schemaFileName } from '../contractJsonSchemas.ts';
import { repositoryRoot } from './command.ts';

/**
 * The committed copies of the contract's JSON Schemas, which the sample
 * content names with `"$schema"` so editors check it while you type. They are
 * generated (`npm run content:schemas`), and a unit test fails when they
 * differ from the contract, so they never drift from it.
 */
export const schemaFolder = path.join(repositoryRoot, 'schemas');

export function schemaFile(name: string): string {
  return path.join(schemaFolder, schemaFileName(name));
}

/** Each committed schema file with the text the contract gives it now. */
export function schemaFileTexts(): { file: string; text: string }[] {
  return Object.entries(contractJsonSchemas()).map(([name, schema]) => ({
    file: schemaFile(name),
    text: `${JSON.stringify(schema, null, 2)}\n`,
  }));
}
