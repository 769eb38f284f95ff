import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');

export type Finished = { code: number; stdout: string; stderr: string };

/** Runs a command in the repository to its end, as a publisher would in a terminal; never throws on exit codes. */
export function runInRepository(
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<Finished> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: repositoryRoot, env: { ...process.env, ...env }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port was assigned');
  return address.port;
}

/** The process ids of an nginx master's workers (Linux). */
function workersOf(masterPid: number | undefined) {
  if (masterPid === undefined) return [];
  const children = readFileSync(`/proc/${String(masterPid)}/task/${String(masterPid)}/children`, 'utf8');
  return children.split(' ').filter(Boolean).map(Number);
}

/**
 * Serves a build folder with the production nginx configuration
 * (tests/support/nginx.sh) until `stop` is called; resolves once it answers.
 * `reload` has it read the configuration again, as a deploy does after a new redirect map.
 */
export async function serveBuild(port: number, buildDir: string) {
  const nginx = spawn('bash', ['tests/support/nginx.sh', String(port), buildDir], {
    cwd: repositoryRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  nginx.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = once(nginx, 'exit');
  const stop = async () => {
    if (nginx.exitCode === null && nginx.signalCode === null) nginx.kill('SIGTERM');
    await exited;
  };
  // nginx.sh execs nginx, so this is its master process: a hangup makes it read its configuration again.
  // It starts new workers and lets the old ones finish, which answer with the old configuration
  // meanwhile: resolve once every old worker has gone, so that any request after is answered with the new one.
  const reload = async () => {
    const oldWorkers = workersOf(nginx.pid);
    nginx.kill('SIGHUP');
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const workers = workersOf(nginx.pid);
      if (workers.length > 0 && !workers.some((pid) => oldWorkers.includes(pid))) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`nginx did not reload its configuration within 10 s:\n${log}`);
  };
  const origin = `http://127.0.0.1:${String(port)}`;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const isUp = await fetch(origin).then(
      (response) => response.ok,
      () => false,
    );
    if (isUp) return { origin, stop, reload };
    if (nginx.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`nginx did not start on port ${String(port)}:\n${log}`);
}
