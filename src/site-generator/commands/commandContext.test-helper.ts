import { spawnSync } from 'node:child_process';
import { repositoryRoot, type CommandContext } from './command.ts';

/** A context for running a command in-process, with what it printed kept for the test. */
export function commandContext(overrides: Partial<CommandContext> = {}) {
  const output = { printed: [] as string[], errors: [] as string[] };
  const context: CommandContext = {
    args: [],
    env: {},
    cwd: repositoryRoot,
    now: new Date('2026-12-01T08:15:30Z'),
    print: (text) => output.printed.push(text),
    printError: (text) => output.errors.push(text),
    ...overrides,
  };
  return { context, output };
}

/** Runs a command as `npm run` does, in a child process: its exit code and what it printed. */
export function runFromShell(command: string, args: readonly string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['src/site-generator/commands/runCommand.mjs', command, ...args], {
    cwd: repositoryRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
