/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/site-generator/contentPlugin.ts';
import { fontPreloadPlugin } from './src/site-generator/fontPreloadPlugin.ts';
import { offlineWorker } from './src/site-generator/offlineWorkerPlugin.ts';
import { precompressPlugin } from './src/site-generator/precompressPlugin.ts';
import { routerTreeShakingPlugin } from './src/site-generator/routerTreeShakingPlugin.ts';
import { buildOptionsFrom } from './src/site-generator/buildOptions.ts';

// The content, the deployment's options and the special cases, from the environment.
const { contentDir, publishing, drawsShareCards, buildsSearchIndex } = buildOptionsFrom(
  process.env,
  fileURLToPath(new URL('.', import.meta.url)),
);

// The offline worker is written once the pages are: the content plugin says when.
const worker = offlineWorker();

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    routerTreeShakingPlugin(),
    react(),
    tailwindcss(),
    contentPlugin({
      contentDir,
      publishing,
      drawsShareCards,
      buildsSearchIndex,
      afterPrerender: worker.generate,
    }),
    fontPreloadPlugin(),
    precompressPlugin(),
    ...worker.plugins,
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // react-router's package exports always name its development build, which
      // differs from its production build only by carrying the dev warnings.
      {
        find: /^react-router$/,
        replacement: fileURLToPath(
          new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
        ),
      },
    ],
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    // The manifest tells the prerenderer which chunks each page needs; it is removed after use.
    manifest: !isSsrBuild,
    // Lazy chunks import only the entry, which is loaded by then: no preload helper needed.
    modulePreload: false,
    // The budgets test and the benchmark measure what nginx sends; listing the
    // gzip size of thousands of derived files would only slow big builds.
    reportCompressedSize: false,
    // Everything the entry imports statically goes in the entry chunk: one request,
    // one compression stream. Without this, modules the entry shares with lazy
    // routes would be split into a common chunk that every page loads anyway.
    rolldownOptions: isSsrBuild
      ? {}
      : { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testSetup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/bench/**/*.test.mjs'],
    restoreMocks: true,
    unstubGlobals: true,
  },
}));
