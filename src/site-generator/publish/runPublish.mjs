// Starts `npm run publish`. The command is TypeScript sharing the build's code, loaded
// through Vite's module runner as the other publisher's commands are (runCommand.mjs);
// a full build, when one is needed, runs here with the project's Vite config.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// A publish makes the whole archive's shape out of many short-lived objects, and V8's young
// generation, small at start and growing slowly, promotes them in hundreds of scavenges.
// A fixed 64 MB one takes about 3 s off a publish of 100,000 articles (25 s against 28).
// V8 reads these flags only as a process starts, so without them the command starts
// itself again with them, passing on its arguments, output, exit code and signals.
const youngGeneration = ['--min-semi-space-size=64', '--max-semi-space-size=64'];

if (youngGeneration.every((flag) => process.execArgv.includes(flag))) {
  const [{ runnerImport }, { buildSite }] = await Promise.all([import('vite'), import('../fullBuild.mjs')]);
  // Vite's module runner would take this process for development, and a full build made in it
  // would then render pages with React's development build.
  process.env.NODE_ENV = 'production';
  const { module } = await runnerImport(fileURLToPath(new URL('./publishCommand.ts', import.meta.url)));
  process.exitCode = await module.run(
    {
      args: process.argv.slice(2),
      env: process.env,
      cwd: process.cwd(),
      now: new Date(),
      print: (text) => console.log(text),
      printError: (text) => console.error(text),
    },
    { fullBuild: buildSite },
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
