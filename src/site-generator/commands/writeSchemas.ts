import { mkdir, writeFile } from 'node:fs/promises';
import { displayPath, type Command } from './command.ts';
import { schemaFileTexts, schemaFolder } from './schemaFiles.ts';

/** `npm run content:schemas`: writes the contract's JSON Schemas into schemas/, to be committed. */
export const run: Command = async ({ cwd, print }) => {
  await mkdir(schemaFolder, { recursive: true });
  for (const { file, text } of schemaFileTexts()) {
    await writeFile(file, text);
    print(`wrote ${displayPath(cwd, file)}`);
  }
  return 0;
};
