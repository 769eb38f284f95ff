import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a publisher's command gets from the shell, handed in so tests can run it in-process. */
export type CommandContext = {
  args: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now: Date;
  print: (text: string) => void;
  printError: (text: string) => void;
};

/** A publisher's command (runCommand.mjs starts it); resolves to the exit code. */
export type Command = (context: CommandContext) => Promise<number>;

/** A problem the publisher can fix: the command prints its lines and exits with 1, without a stack trace. */
export class CommandFailure extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'CommandFailure';
  }
}

/** Runs `body`, turning a CommandFailure into its printed lines and exit code 1. */
export async function reportingFailures(context: CommandContext, body: () => Promise<number>) {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof CommandFailure)) throw error;
    for (const line of error.lines) context.printError(line);
    return 1;
  }
}

/**
 * The project's folder: the nearest one above this module with a package.json.
 * Searched, not counted: the publish command also runs prebuilt, from a
 * bundle below node_modules (publish/prebuiltCommand.ts).
 */
function projectFolderAbove(folder: string): string {
  const parent = path.dirname(folder);
  if (existsSync(path.join(folder, 'package.json')) || parent === folder) return folder;
  return projectFolderAbove(parent);
}

export const repositoryRoot = projectFolderAbove(path.dirname(fileURLToPath(import.meta.url)));

/**
 * The content folder the build reads: BROADSHEET_CONTENT_DIR (relative to the
 * working folder, as in the build) or the sample content in public/content.
 */
export function contentDirOf({ env, cwd }: Pick<CommandContext, 'env' | 'cwd'>): string {
  const chosen = env.BROADSHEET_CONTENT_DIR;
  return chosen ? path.resolve(cwd, chosen) : path.join(repositoryRoot, 'public/content');
}

/** A path as the publisher would type it: relative to the working folder when inside it. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
