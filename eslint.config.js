import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import testingLibrary from 'eslint-plugin-testing-library';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way: routes → features → ui/lib. A feature does not reach
 * into another feature, except the two shared state layers every feature
 * reads: server data (features/content) and the reader's own state
 * (features/reader-state). Build code is Node-only and never imported by the
 * browser bundle.
 */
const boundaries = {
  'import-x/no-restricted-paths': [
    'error',
    {
      zones: [
        { target: './src/features', from: ['./src/routes', './src/app'] },
        { target: './src/ui', from: ['./src/features', './src/routes', './src/app'] },
        { target: './src/lib', from: ['./src/features', './src/routes', './src/app', './src/ui'] },
        { target: './src/routes', from: './src/app' },
        { target: './src/!(site-generator)/**/*', from: './src/site-generator' },
        ...[
          'article',
          'article-body',
          'listing',
          'navigation',
          'saved',
          'share',
          'preferences',
          'reading',
          'seo',
          'search',
          'following',
        ].map((feature) => ({
          target: `./src/features/${feature}`,
          from: './src/features',
          except: [`./${feature}`, './content', './reader-state'],
          message: 'A feature does not reach into another feature; let the route compose them.',
        })),
        {
          target: './src/features/content',
          from: './src/features',
          except: ['./content'],
          message: 'The content layer is shared by every feature and depends on none.',
        },
        {
          target: './src/features/reader-state',
          from: './src/features',
          except: ['./reader-state', './content'],
          message: 'The reader-state layer is shared by every feature and depends only on content.',
        },
      ],
    },
  ],
  'import-x/no-cycle': 'error',
};

export default defineConfig([
  globalIgnores(['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
      jsxA11y.flatConfigs.strict,
      pluginQuery.configs['flat/recommended'],
    ],
    plugins: { 'import-x': importX },
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      ...boundaries,
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-assertions': [
        'error',
        { assertionStyle: 'as', objectLiteralTypeAssertions: 'never' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: false }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Go through src/lib/storage.ts.' },
        { name: 'sessionStorage', message: 'Go through src/lib/storage.ts.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-router',
              importNames: ['Link', 'NavLink'],
              message:
                "Use Link from '@/ui/Link': react-router's carries framework-mode code into the entry.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    extends: [testingLibrary.configs['flat/react']],
  },
  {
    files: ['*.config.ts', 'src/site-generator/**/*.ts', 'tests/**/*.ts', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Plain Node scripts (the benchmark and its helpers); no type information.
    files: ['tests/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Functions these modules hand to the browser (page.evaluate, init scripts) run in the page.
    files: [
      'tests/bench/browser.mjs',
      'tests/bench/bytes.mjs',
      'tests/bench/navigation.mjs',
      'tests/bench/responsiveness.mjs',
      'tests/bench/searchTiming.mjs',
      'tests/bench/tapProbe.mjs',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['eslint.config.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
]);
