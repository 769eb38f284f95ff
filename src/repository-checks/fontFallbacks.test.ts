// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createFontStack } from '@capsizecss/core';
import georgia from '@capsizecss/metrics/georgia';
import notoSerif from '@capsizecss/metrics/notoSerif';
import sourceSerif4 from '@capsizecss/metrics/sourceSerif4';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import { describe, expect, it } from 'vitest';
import tailwindConfig from '../../tailwind.config';

const fontsCss = readFileSync(new URL('../fonts.css', import.meta.url), 'utf8');

/** The declarations of the @font-face rule for one family, as name → value. */
function fontFace(family: string): Record<string, string> {
  const rule = fontsCss.split('@font-face').find((block) => block.includes(`font-family: '${family}'`));
  if (!rule) throw new Error(`src/fonts.css has no @font-face for ${family}`);
  const declarations = rule.slice(rule.indexOf('{') + 1, rule.indexOf('}'));
  return Object.fromEntries(
    declarations
      .split(';')
      .map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim()))
      .filter((parts): parts is [string, string] => parts.length >= 2 && parts[0] !== ''),
  );
}

describe('the system serif fallbacks', () => {
  const { fontFaces } = createFontStack([sourceSerif4, timesNewRoman, georgia, notoSerif], {
    fontFaceFormat: 'styleObject',
  });

  it.each(fontFaces.map((face) => [face['@font-face'].fontFamily, face['@font-face']] as const))(
    '%s takes Source Serif 4’s size, ascent and descent, so the swap moves no line',
    (family, expected) => {
      const face = fontFace(family.replaceAll('"', ''));

      for (const [property, value] of [
        ['size-adjust', expected.sizeAdjust],
        ['ascent-override', expected.ascentOverride],
        ['descent-override', expected.descentOverride],
      ] as const) {
        expect(parseFloat(face[property] ?? ''), property).toBeCloseTo(parseFloat(value ?? ''), 3);
      }
    },
  );

  it('follow the web font in the serif stack, in the same order', () => {
    const serif = tailwindConfig.theme.extend.fontFamily.serif.map((name) => name.replaceAll('"', ''));

    expect(serif).toEqual([
      'Source Serif 4 Variable',
      ...fontFaces.map((face) => face['@font-face'].fontFamily.replaceAll('"', '')),
      'serif',
    ]);
  });
});
