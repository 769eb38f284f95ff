import type { Plugin } from 'vite';
import { VitePWA, type VitePluginPWAAPI } from 'vite-plugin-pwa';
import { PRECACHE_PATTERNS } from '../features/offline-worker/workerFiles.ts';

/**
 * The offline worker (src/features/offline-worker/serviceWorker.ts), built by
 * vite-plugin-pwa with injectManifest: no inline registration (the companion
 * registers it once the page is live, and the policy allows no inline code),
 * no web manifest, and a new version waits for the reader (registerType
 * 'prompt'). `generate` writes it; the content plugin calls it once the
 * pages are prerendered, so the precache list holds the offline page's
 * revision, and never after a failed build.
 */
export function offlineWorker(): { plugins: Plugin[]; generate: () => Promise<void> } {
  const plugins = VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/features/offline-worker',
    filename: 'serviceWorker.ts',
    injectRegister: false,
    registerType: 'prompt',
    manifest: false,
    injectManifest: { globPatterns: PRECACHE_PATTERNS },
    integration: {
      // The worker's own build still asks Rolldown for Rollup's name of "one file".
      configureCustomSWViteBuild: (config) => {
        // Reading the deprecated names is the point: the plugin still writes them.
        /* eslint-disable @typescript-eslint/no-deprecated */
        const output = config.build?.rollupOptions?.output;
        if (output && !Array.isArray(output) && output.inlineDynamicImports) {
          delete output.inlineDynamicImports;
          /* eslint-enable @typescript-eslint/no-deprecated */
          output.codeSplitting = false;
        }
      },
    },
  });
  const api = plugins.find((plugin) => plugin.name === 'vite-plugin-pwa')?.api as
    VitePluginPWAAPI | undefined;
  if (!api)
    throw new Error(
      'vite-plugin-pwa no longer offers its API: see src/site-generator/offlineWorkerPlugin.ts',
    );
  return {
    // The plugin's own closeBundle writes the worker even after a failed build, and its
    // buildEnd throws the build's error again, which the bundler then prints with its stack.
    plugins: plugins.map((plugin) =>
      plugin.name === 'vite-plugin-pwa:build'
        ? { ...plugin, closeBundle: undefined, buildEnd: undefined }
        : plugin,
    ),
    generate: () => api.generateSW(),
  };
}
