/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentPlugin } from './src/build/contentPlugin.ts';

// BROADSHEET_CONTENT_DIR builds another content tree, e.g. a generated archive for measurements.
const contentDir =
  process.env.BROADSHEET_CONTENT_DIR ?? fileURLToPath(new URL('./public/content', import.meta.url));

export default defineConfig({
  plugins: [react(), tailwindcss(), contentPlugin({ contentDir })],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022' },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testSetup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/bench/**/*.test.mjs'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
