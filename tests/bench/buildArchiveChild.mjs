// Child process of the build measurement: one production `vite build` of the
// content in BROADSHEET_CONTENT_DIR into the given folder, then its peak memory.
//   BROADSHEET_CONTENT_DIR=<archive> node tests/bench/buildArchiveChild.mjs <outDir>
import { build } from 'vite';

const outDir = process.argv[2];
if (!outDir || !process.env.BROADSHEET_CONTENT_DIR) {
  throw new Error('usage: BROADSHEET_CONTENT_DIR=<archive> node buildArchiveChild.mjs <outDir>');
}
await build({ build: { outDir, emptyOutDir: true }, logLevel: 'info' });
// maxRSS is in kilobytes and covers this process with all its threads.
process.send?.({ maxRssBytes: process.resourceUsage().maxRSS * 1024 });
