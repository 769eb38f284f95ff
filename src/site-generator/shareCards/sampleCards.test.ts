// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../checkContent';
import { contentFolder, removeContentFolders, sampleContentDir } from '../contentFolder.test-helper';
import { CARD_PALETTE } from './cardLayout';
import { planShareCards } from './planCards';
import { CARD_BYTE_BUDGET } from './renderCard';
import { cardSummary, writeShareCards } from './writeCards';

afterEach(removeContentFolders);

describe('the sample site’s share cards', () => {
  it('are one 1200×630 JPEG per page (front, sections, articles, the site’s own pages), each within the byte budget, every picture drawn', async () => {
    const { shape } = await checkContent(sampleContentDir);
    if (!shape) throw new Error('the sample content does not pass its checks');
    const plans = planShareCards(shape);
    const outDir = await contentFolder({});
    const started = performance.now();

    // A fresh cache: every card is drawn by the code as it is now.
    const report = await writeShareCards(plans, {
      contentDir: sampleContentDir,
      outDir,
      cacheDir: await contentFolder({}),
    });

    console.info(cardSummary(report, performance.now() - started));
    expect(report.warnings).toEqual([]);
    expect(report.sizes.size).toBe(
      1 + shape.site.sections.length + shape.articles.length + shape.pages.length,
    );
    const overBudget = [...report.sizes].filter(([, bytes]) => bytes > CARD_BYTE_BUDGET);
    expect(overBudget).toEqual([]);
    for (const file of report.sizes.keys()) {
      const { format, width, height } = await sharp(path.join(outDir, file)).metadata();
      expect([file, format, width, height]).toEqual([file, 'jpeg', 1200, 630]);
    }
  }, 180_000);
});

describe('CARD_PALETTE', () => {
  it('is the light palette of the site’s style sheet', async () => {
    const css = await readFile(path.resolve(import.meta.dirname, '../../index.css'), 'utf8');
    const lightOf = (name: string) =>
      new RegExp(`--color-${name}:\\s*light-dark\\((#[0-9a-f]{6}),`, 'i').exec(css)?.[1]?.toLowerCase();

    for (const [name, colour] of Object.entries(CARD_PALETTE))
      expect([name, lightOf(name)]).toEqual([name, colour]);
  });
});
