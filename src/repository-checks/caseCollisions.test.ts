// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { caseCollisions } from './caseCollisions';

describe('caseCollisions', () => {
  it.each<[string, string[], [string, string][]]>([
    [
      'files that differ only in case',
      ['src/app/Readme.md', 'src/app/README.md'],
      [['src/app/README.md', 'src/app/Readme.md']],
    ],
    ['folders that differ only in case', ['src/Ui/Button.tsx', 'src/ui/Link.tsx'], [['src/Ui/', 'src/ui/']]],
    [
      'the same file in folders that differ only in case',
      ['tests/E2E/a.spec.ts', 'tests/e2e/a.spec.ts'],
      [
        ['tests/E2E/', 'tests/e2e/'],
        ['tests/E2E/a.spec.ts', 'tests/e2e/a.spec.ts'],
      ],
    ],
    ['a file and a folder that differ only in case', ['docs', 'Docs/guide.md'], [['Docs/', 'docs']]],
    [
      'modules an extensionless import cannot tell apart',
      ['src/saved/savedTransfer.ts', 'src/saved/SavedTransfer.tsx'],
      [['src/saved/SavedTransfer.tsx', 'src/saved/savedTransfer.ts']],
    ],
    [
      'three spellings of one name, pair by pair',
      ['a/x.md', 'a/X.md', 'a/x.MD'],
      [
        ['a/X.md', 'a/x.MD'],
        ['a/X.md', 'a/x.md'],
        ['a/x.MD', 'a/x.md'],
      ],
    ],
  ])('names %s', (_, files, expected) => {
    expect(caseCollisions(files)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['distinct names', ['src/app/App.tsx', 'src/app/AppRoutes.tsx', 'src/main.tsx']],
    ['one folder spelt the same by every file in it', ['src/UI/A.tsx', 'src/UI/B.tsx', 'src/UI/c/d.ts']],
    [
      'one module with a declaration beside it',
      ['tests/support/chromium.mjs', 'tests/support/chromium.d.mts'],
    ],
    ['a module and its test', ['src/lib/dates.ts', 'src/lib/dates.test.ts']],
    ['same-case modules with different extensions', ['src/a.ts', 'src/a.tsx']],
    ['files an import never names without their extension', ['public/logo.svg', 'public/Logo.png']],
    ['no files at all', []],
  ])('finds nothing among %s', (_, files) => {
    expect(caseCollisions(files)).toEqual([]);
  });
});
