// Starts a publisher's command: `npm run new-article`, `npm run check-content` and
// `npm run content:schemas`. The commands are TypeScript modules sharing the build's
// content checks; Node 20 cannot run TypeScript, so they are loaded through Vite's module
// runner (`runnerImport`, the way Vite loads a TypeScript config): about half a second,
// without the project's Vite config or its plugins.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const modules = {
  'new-article': './newArticle.ts',
  'check-content': './checkContentFolder.ts',
  'content:schemas': './writeSchemas.ts',
};

const [name = '', ...args] = process.argv.slice(2);
const file = Object.hasOwn(modules, name) ? modules[name] : undefined;
if (!file) {
  console.error(`Unknown command "${name}"; expected one of ${Object.keys(modules).join(', ')}.`);
  process.exit(1);
}
const { module } = await runnerImport(fileURLToPath(new URL(file, import.meta.url)));
process.exitCode = await module.run({
  args,
  env: process.env,
  cwd: process.cwd(),
  now: new Date(),
  print: (text) => console.log(text),
  printError: (text) => console.error(text),
});
