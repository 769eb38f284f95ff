import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';

/**
 * The design's serif, Source Serif 4, read from the font files themselves
 * (never from the fonts a machine has installed), so a card has the same
 * pixels wherever it is drawn. Each weight is the package's subsets in
 * turn: a character takes the first that has it.
 */
const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic', 'cyrillic-ext'] as const;
export type Weight = 400 | 700 | 900;

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@fontsource/source-serif-4';

async function parseFont(file: string): Promise<opentype.Font> {
  const bytes = await readFile(file);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

const faces = new Map<Weight, Promise<opentype.Font[]>>();

/** One weight of the serif, every subset, each parsed once per process. */
export function serifFace(weight: Weight): Promise<opentype.Font[]> {
  let face = faces.get(weight);
  if (!face) {
    face = Promise.all(
      SUBSETS.map((subset) =>
        parseFont(
          require.resolve(`${FONT_PACKAGE}/files/source-serif-4-${subset}-${String(weight)}-normal.woff`),
        ),
      ),
    );
    faces.set(weight, face);
  }
  return face;
}

const versionOf = (name: string): string => {
  const manifest: unknown = require(`${name}/package.json`);
  const version: unknown = manifest && typeof manifest === 'object' ? Reflect.get(manifest, 'version') : '';
  return String(version);
};

/** The versions of the font files and of the code that turns them into outlines: both change a card's pixels. */
export function typeVersions(): string[] {
  return [FONT_PACKAGE, 'opentype.js'].map((name) => `${name}@${versionOf(name)}`);
}
