// Renders the raster pictures of the sample content (`npm run content:photos`):
// procedural scenes drawn as SVG, given film grain, and written as JPEGs into
// public/content/images/. The output is deterministic, so the committed files
// only change when a scene does.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { basaltShore, steamingLavaField, sunsetSky, teaHills } from './landscapeScenes.mjs';
import { autumnPeaks, craterLake, shieldVolcano } from './mountainScenes.mjs';
import { seeded } from './drawing.mjs';

const imagesDir = path.resolve(import.meta.dirname, '../../../public/content/images');

/** File name → size and scene. The articles declare the same width and height. */
const photos = [
  ['boseong-green-tea-fields.jpg', 1600, 900, teaHills],
  ['boseong-sea-fog.jpg', 1500, 1000, (width, height) => teaHills(width, height, { isClose: true })],
  ['mount-baekdu-heaven-lake.jpg', 1600, 900, craterLake],
  ['hallasan-jeju-volcano.jpg', 1600, 900, shieldVolcano],
  ['seoraksan-national-park.jpg', 1600, 900, autumnPeaks],
  ['iceland-geothermal-energy.jpg', 1600, 900, steamingLavaField],
  ['jeju-haenyeo-divers.jpg', 1600, 900, basaltShore],
  ['why-the-sky-is-blue.jpg', 1600, 900, sunsetSky],
];

/** Mid-grey noise, blended in softly, so the pictures have a photograph's grain. */
function grain(width, height, seed) {
  const random = seeded(seed);
  const pixels = Buffer.alloc(width * height);
  for (let index = 0; index < pixels.length; index += 1)
    pixels[index] = 128 + Math.round((random() - 0.5) * 36);
  return sharp(pixels, { raw: { width, height, channels: 1 } })
    .toColourspace('srgb')
    .png()
    .toBuffer();
}

for (const [name, width, height, scene] of photos) {
  const started = performance.now();
  const svg = Buffer.from(scene(width, height));
  const output = await sharp(svg)
    .composite([{ input: await grain(width, height, name.length * 7919), blend: 'soft-light' }])
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
  await writeFile(path.join(imagesDir, name), output);
  console.log(
    `${name}: ${String(width)}x${String(height)}, ${String(Math.round(output.length / 1024))} KiB, ${String(Math.round(performance.now() - started))} ms`,
  );
}
