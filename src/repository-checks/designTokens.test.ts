// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const src = fileURLToPath(new URL('..', import.meta.url));

function componentFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return componentFiles(full);
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [full] : [];
  });
}

/** Tailwind's generic type sizes, with any variant prefix (`sm:text-xl`): the design has its own. */
const GENERIC_TEXT_SIZE = /(?<![\w-])(?:[\w-]+:)*text-(?:xs|sm|base|lg|[2-9]?xl)(?![\w-])/g;

it('components take their type sizes from the design tokens, not Tailwind’s generic scale', () => {
  const offenders = componentFiles(src).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(GENERIC_TEXT_SIZE)].map(
      (match) => `${path.relative(src, file)}: ${match[0]}`,
    ),
  );

  expect(offenders).toEqual([]);
});

it('recognises a generic size with or without a variant, and leaves the tokens alone', () => {
  const found = (classes: string) => [...classes.matchAll(GENERIC_TEXT_SIZE)].map((match) => match[0]);

  expect(found('font-serif text-3xl sm:text-5xl text-sm')).toEqual(['text-3xl', 'sm:text-5xl', 'text-sm']);
  expect(found('text-headline text-meta text-kicker text-ink text-balance text-pretty')).toEqual([]);
});
