// Starts `npm run publish`. The command is TypeScript sharing the build's code. The last
// full build bundled it (prebuiltCommand.ts): while the project's code is still the version
// that bundle was built from, it runs here as is; otherwise the source runs, through Vite's
// module runner as the other publisher's commands do (runCommand.mjs). A full build, when
// one is needed, runs here with the project's Vite config.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

// A publish makes the whole archive's shape out of many short-lived objects, and V8's young
// generation, small at start and growing slowly, promotes them in hundreds of scavenges.
// A fixed 64 MB one takes about 3 s off a publish of 100,000 articles (25 s against 28).
// V8 reads these flags only as a process starts, so without them the command starts
// itself again with them, passing on its arguments, output, exit code and signals.
const youngGeneration = ['--min-semi-space-size=64', '--max-semi-space-size=64'];

/** The bundled command, if the last full build named one (PREBUILT_COMMAND_POINTER) and it is there. */
async function prebuiltCommand() {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  try {
    const pointer = JSON.parse(
      await readFile(`${root}node_modules/.broadsheet-renderers/publish-command.json`, 'utf8'),
    );
    return { code: pointer.code, module: await import(pathToFileURL(pointer.command).href) };
  } catch {
    return undefined;
  }
}

/**
 * The command to run: the prebuilt one, with the code version it checked, while the code is
 * the version it was built from; otherwise the source, which computes the version itself.
 */
async function publishCommand(env) {
  const prebuilt = await prebuiltCommand();
  const code = await prebuilt?.module.codeVersionNow({ env });
  if (prebuilt && code === prebuilt.code) return { module: prebuilt.module, code };
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(fileURLToPath(new URL('./publishCommand.ts', import.meta.url)));
  return { module };
}

if (youngGeneration.every((flag) => process.execArgv.includes(flag))) {
  // Vite's module runner would take this process for development, and a full build made in it
  // would then render pages with React's development build.
  process.env.NODE_ENV = 'production';
  const { module: command, code } = await publishCommand(process.env);
  process.exitCode = await command.run(
    {
      args: process.argv.slice(2),
      env: process.env,
      cwd: process.cwd(),
      now: new Date(),
      print: (text) => console.log(text),
      printError: (text) => console.error(text),
    },
    { fullBuild: async (outDir) => (await import('../fullBuild.mjs')).buildSite(outDir), codeVersion: code },
  );
} else {
  const command = spawn(
    process.execPath,
    [...process.execArgv, ...youngGeneration, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => command.kill(signal));
  command.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === null ? 0 : 1);
  });
}
