import path from 'node:path';
import { rendererDirOf, type BuildSettings } from './buildRecord.ts';
import { writeAtomically } from './writeAtomically.ts';

// Started from source, `npm run publish` spends about a second in Vite's module
// runner turning its TypeScript into JavaScript, on every run. So a full build
// also bundles the command beside its renderer (buildRenderer) and names it
// here, with the code version it was built from; runPublish.mjs starts that
// bundle instead of the source while the project's code is still that version.

/** Where the last full build names its bundled command; runPublish.mjs reads the same path. */
export const PREBUILT_COMMAND_POINTER = 'node_modules/.broadsheet-renderers/publish-command.json';

/** The bundled command's file, in the renderer's folder. */
export const PREBUILT_COMMAND_FILE = 'publish-command.js';

/** What the pointer holds: the code version the bundle was built from, and the bundle. */
export type PrebuiltCommand = { code: string; command: string };

/** Names the command a full build with these settings bundled, for the next publish to start. */
export async function recordPrebuiltCommand(root: string, settings: BuildSettings): Promise<void> {
  const pointer: PrebuiltCommand = {
    code: settings.code,
    command: path.join(rendererDirOf(root, settings), PREBUILT_COMMAND_FILE),
  };
  await writeAtomically(path.join(root, PREBUILT_COMMAND_POINTER), `${JSON.stringify(pointer)}\n`);
}
