import { watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { buildOptionsFrom } from '../buildOptions.ts';
import { repositoryRoot, type CommandContext } from '../commands/command.ts';
import { codeVersion } from './buildRecord.ts';
import { readBasePath } from '../publishingOptions.ts';
import { writeAtomically } from './writeAtomically.ts';
import { publishContent, type PublishReport } from './publishContent.ts';

/** How long the content folder must be quiet before `--watch` publishes: an editor's save is several writes. */
export const WATCH_QUIET_MS = 300;

/** The value after `--name` in the arguments, if any. */
function flagValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Every file below `outDir`, by its path from it: what a full build wrote. */
async function everyFile(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The changes file: what a deploy uploads (`written`) and purges (`deleted`), from the output folder. */
export type ChangeList = {
  kind: 'full' | 'incremental';
  reason?: string;
  written: string[];
  deleted: string[];
};

async function changeList(report: PublishReport, outDir: string): Promise<ChangeList> {
  if (report.kind === 'full') {
    return { kind: 'full', reason: report.reason, written: await everyFile(outDir), deleted: [] };
  }
  return { kind: 'incremental', written: report.written, deleted: report.deleted };
}

/**
 * The project's code version now: runPublish.mjs starts a prebuilt command
 * (prebuiltCommand.ts) only while it is the version the command was built
 * from, and then hands it to `run`, which need not compute it again.
 */
export async function codeVersionNow({ env }: Pick<CommandContext, 'env'>): Promise<string> {
  const { contentDir } = buildOptionsFrom(env, repositoryRoot);
  return codeVersion(repositoryRoot, contentDir);
}

/**
 * `npm run publish [-- --outDir dist] [--changes file.json] [--watch]`:
 * brings the output folder up to date with the content folder, writing only
 * what changed (publishContent.ts), and prints the files written and deleted.
 * `--changes` also writes that list as JSON; `--watch` publishes again
 * whenever the content folder changes, until stopped. `codeVersion`, when the
 * caller has just computed it (codeVersionNow), serves the first publish; a
 * later one in `--watch` computes it again, as the code may have changed.
 */
export async function run(
  context: CommandContext,
  { fullBuild, codeVersion }: { fullBuild: (outDir: string) => Promise<void>; codeVersion?: string },
): Promise<number> {
  const { args, env, cwd } = context;
  const options = buildOptionsFrom(env, repositoryRoot);
  const outDir = path.resolve(cwd, flagValue(args, '--outDir') ?? path.join(repositoryRoot, 'dist'));
  const changesFile = flagValue(args, '--changes');

  let knownCode = codeVersion;
  const publishOnce = async (): Promise<number> => {
    const started = performance.now();
    const code = knownCode;
    knownCode = undefined;
    let report: PublishReport;
    try {
      report = await publishContent({
        ...options,
        ...(code !== undefined && { code }),
        root: repositoryRoot,
        outDir,
        urlPath: '/content',
        base: readBasePath(options.contentDir, options.publishing),
        fullBuild: () => fullBuild(outDir),
      });
    } catch (error) {
      // By name: a full build's errors come from the Vite config's own copy of the class.
      const gathered = (error as { errors?: unknown[] } | null)?.errors ?? [];
      const problems = [error, ...gathered].filter(
        (item): item is Error => item instanceof Error && item.name === 'ContentError',
      );
      if (problems.length === 0) throw error;
      for (const problem of problems) context.printError(problem.message);
      context.printError('\nNothing was published: fix the content above and publish again.');
      return 1;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const list = await changeList(report, outDir);
    if (report.kind === 'full') {
      context.print(
        `publish: a full build, because ${report.reason}: ${String(list.written.length)} files in ${seconds} s`,
      );
    } else {
      context.print(
        `publish: ${String(list.written.length)} files written (${String(report.pagesRendered)} pages rendered), ` +
          `${String(list.deleted.length)} deleted, in ${seconds} s`,
      );
      for (const file of list.written) context.print(`  + ${file}`);
      for (const file of list.deleted) context.print(`  - ${file}`);
    }
    if (changesFile !== undefined) {
      await writeAtomically(path.resolve(cwd, changesFile), `${JSON.stringify(list, null, 2)}\n`);
    }
    return 0;
  };

  const firstCode = await publishOnce();
  if (!args.includes('--watch')) return firstCode;

  context.print(`publish: watching ${options.contentDir} (Ctrl+C to stop)`);
  // One publish at a time; changes made during one are published by the next.
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let isDue = false;
  const publishWhenQuiet = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      isDue = true;
      running = running.then(async () => {
        if (!isDue) return;
        isDue = false;
        await publishOnce().catch((error: unknown) => {
          context.printError(`publish failed: ${error instanceof Error ? error.message : String(error)}`);
        });
      });
    }, WATCH_QUIET_MS);
  };
  const watcher = watch(options.contentDir, { recursive: true }, publishWhenQuiet);
  return new Promise((resolve) => {
    const stop = () => {
      watcher.close();
      clearTimeout(timer);
      void running.then(() => {
        resolve(0);
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
