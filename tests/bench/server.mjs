// Starts and stops the production nginx setup (tests/support/nginx.sh) for the benchmark.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

/** GET a path and resolve with status, headers and the body bytes exactly as sent (no decompression). */
export function getRaw(origin, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(path, origin), { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.setTimeout(10_000, () => request.destroy(new Error(`GET ${path} timed out`)));
  });
}

const answers = (origin) =>
  getRaw(origin, '/').then(
    () => true,
    () => false,
  );

/** Serves a build (dist/ unless `siteDir` names another) on the port and resolves once it answers; `stop()` ends it. */
export async function startNginx(root, port, siteDir) {
  const origin = `http://127.0.0.1:${String(port)}`;
  if (await answers(origin)) throw new Error(`port ${String(port)} is in use; set BENCH_PORT`);
  const child = spawn('bash', ['tests/support/nginx.sh', String(port), ...(siteDir ? [siteDir] : [])], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    for (let waited = 0; !exited && waited < 5000; waited += 100) await delay(100);
    if (!exited) child.kill('SIGKILL');
  };
  for (let waited = 0; waited < 15_000; waited += 200) {
    if (exited) throw new Error('nginx exited before it answered; see its output above');
    if (await answers(origin)) return { origin, stop };
    await delay(200);
  }
  await stop();
  throw new Error(`nginx did not answer on ${origin} within 15 s`);
}
