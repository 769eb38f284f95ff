// Starts `npm run publish`. The command is TypeScript sharing the build's code, loaded
// through Vite's module runner as the other publisher's commands are (runCommand.mjs);
// a full build, when one is needed, runs here with the project's Vite config.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { buildSite } from '../fullBuild.mjs';

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
