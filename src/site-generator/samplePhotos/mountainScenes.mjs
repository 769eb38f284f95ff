// Mountain scenes for the sample articles. Each returns an SVG document; the
// alt texts in the articles describe what these draw, so change both together.
import {
  areaBelow,
  blurFilter,
  heightAt,
  line,
  seeded,
  shifted,
  skyline,
  svgDocument,
  textureFilter,
  verticalGradient,
  wispFilter,
} from './drawing.mjs';

/** A ring of pale, snow-streaked peaks around a deep blue crater lake, dark rock in front. */
export function craterLake(width, height) {
  const random = seeded(11);
  const farRim = skyline(random, {
    width,
    base: 300,
    waves: [
      [40, 900],
      [18, 260],
    ],
    jag: 70,
  });
  const lakeTop = 430;
  const streaks = [];
  for (let index = 0; index < 120; index += 1) {
    const x = random.between(0, width);
    const top = heightAt(farRim, x) + random.between(4, 30);
    const length = random.between(14, 60);
    const lean = random.between(-30, 30);
    streaks.push(
      `<path d="M${String(x)} ${String(top)}q${String(lean)} ${String(length / 2)} ${String(lean / 2)} ${String(length)}" stroke="#f4f6f8" stroke-width="${String(random.between(4, 12))}" stroke-linecap="round" opacity="${String(random.between(0.35, 0.75))}" fill="none"/>`,
    );
  }
  const leftSlope = `M0 ${String(height)}L0 560C160 600 330 690 520 ${String(height)}Z`;
  const rightSlope = `M${String(width)} ${String(height)}L${String(width)} 520C1420 560 1230 690 1020 ${String(height)}Z`;
  const nearRim = skyline(random, { width, base: 780, waves: [[30, 700]], jag: 40 });
  return svgDocument(
    width,
    height,
    [
      verticalGradient('sky', [
        [0, '#2d6fb7'],
        [0.6, '#86b8e3'],
        [1, '#d2e6f4'],
      ]),
      verticalGradient('rim', [
        [0, '#cdbfae'],
        [1, '#8a7c6e'],
      ]),
      verticalGradient('lake', [
        [0, '#1f4f8a'],
        [0.5, '#153d70'],
        [1, '#0c2a52'],
      ]),
      verticalGradient('rock', [
        [0, '#5b5149'],
        [1, '#2c2622'],
      ]),
      textureFilter('grit', { frequency: '0.02 0.05', seed: 4, strength: 0.45 }),
      textureFilter('ripples', { frequency: '0.002 0.06', seed: 8, strength: 0.25 }),
      wispFilter('cloud', { frequency: '0.003 0.009', seed: 21, density: -0.15 }),
      blurFilter('soft', 4),
    ],
    [
      `<rect width="${String(width)}" height="${String(height)}" fill="url(#sky)"/>`,
      `<rect width="${String(width)}" height="260" fill="#fff" filter="url(#cloud)" opacity="0.7"/>`,
      `<path d="${areaBelow(farRim, lakeTop + 40)}" fill="url(#rim)" filter="url(#grit)"/>`,
      `<g filter="url(#soft)">${streaks.join('')}</g>`,
      `<rect y="${String(lakeTop)}" width="${String(width)}" height="${String(height - lakeTop)}" fill="url(#lake)" filter="url(#ripples)"/>`,
      `<path d="${line(shifted(farRim, (x) => 2 * (lakeTop - heightAt(farRim, x)) - 20))}" stroke="#3a6aa0" stroke-width="3" fill="none" opacity="0.5" filter="url(#soft)"/>`,
      `<path d="${areaBelow(nearRim, height)}" fill="url(#rock)" filter="url(#grit)"/>`,
      `<path d="${leftSlope}" fill="#2a2420" filter="url(#grit)"/>`,
      `<path d="${rightSlope}" fill="#322a24" filter="url(#grit)"/>`,
    ],
  );
}

/** A broad shield volcano with small cones on its flanks over a calm blue sea. */
export function shieldVolcano(width, height) {
  const random = seeded(23);
  const profile = [];
  for (let x = 0; x <= width; x += 10) {
    const distance = Math.abs(x - width * 0.52) / (width * 0.55);
    const slope = 330 + 300 * Math.min(1, distance) ** 1.15;
    const crater = distance < 0.07 ? 14 * Math.cos((distance / 0.07) * Math.PI * 0.5) : 0;
    profile.push([x, slope + crater + random.between(-2, 2)]);
  }
  const cones = [];
  for (let index = 0; index < 9; index += 1) {
    const x = random.between(120, width - 120);
    const radius = random.between(30, 70);
    const base = random.between(560, 705);
    cones.push(
      `<path d="M${String(x - radius * 1.6)} ${String(base)}Q${String(x)} ${String(base - radius * 1.1)} ${String(x + radius * 1.6)} ${String(base)}Z" fill="${random.pick(['#86a662', '#7b9c58', '#92ad6a'])}" filter="url(#leaf)"/>`,
    );
  }
  const shore = skyline(random, { width, base: 700, waves: [[10, 500]], jag: 14 });
  return svgDocument(
    width,
    height,
    [
      verticalGradient('sky', [
        [0, '#4c86c6'],
        [1, '#cfe1ef'],
      ]),
      verticalGradient('mountain', [
        [0, '#6f7f7a'],
        [0.35, '#5e7d55'],
        [1, '#4e7040'],
      ]),
      verticalGradient('sea', [
        [0, '#3f7fb4'],
        [1, '#1c5386'],
      ]),
      textureFilter('leaf', { frequency: '0.03', seed: 5, strength: 0.4 }),
      textureFilter('swell', { frequency: '0.003 0.08', seed: 9, strength: 0.3 }),
      wispFilter('cloud', { frequency: '0.002 0.008', seed: 31, density: -0.2 }),
    ],
    [
      `<rect width="${String(width)}" height="${String(height)}" fill="url(#sky)"/>`,
      `<rect width="${String(width)}" height="330" fill="#fff" filter="url(#cloud)" opacity="0.85"/>`,
      `<path d="${areaBelow(profile, 720)}" fill="url(#mountain)" filter="url(#leaf)"/>`,
      ...cones,
      `<path d="${areaBelow(shore, height)}" fill="url(#sea)" filter="url(#swell)"/>`,
      `<path d="${line(shore)}" stroke="#e8f1f6" stroke-width="3" fill="none" opacity="0.7"/>`,
    ],
  );
}

/** Jagged grey granite peaks over slopes of autumn trees, a stream in the valley. */
export function autumnPeaks(width, height) {
  const random = seeded(37);
  const far = skyline(random, { width, base: 300, waves: [[60, 700]], jag: 380, step: 4 });
  const near = skyline(random, { width, base: 400, waves: [[80, 1100]], jag: 460, step: 4 });
  const forest = skyline(random, { width, base: 560, waves: [[40, 600]], jag: 60 });
  const trees = [];
  const colours = ['#c2361f', '#d9591c', '#e88a1a', '#e9b522', '#9c2a1c', '#6d7a2a', '#b8461c'];
  for (let index = 0; index < 1500; index += 1) {
    const x = random.between(-20, width + 20);
    const top = heightAt(forest, Math.max(0, Math.min(width, x)));
    const y = top + (height - top) * random() ** 1.4;
    const radius = 7 + ((y - top) / (height - top)) * 22;
    trees.push(
      `<circle cx="${String(Math.round(x))}" cy="${String(Math.round(y))}" r="${String(Math.round(radius))}" fill="${random.pick(colours)}"/>`,
    );
  }
  trees.sort((a, b) => Number(/cy="(\d+)"/.exec(a)[1]) - Number(/cy="(\d+)"/.exec(b)[1]));
  const stream = `M720 ${String(height)}C760 820 640 760 700 700S820 640 780 600`;
  return svgDocument(
    width,
    height,
    [
      verticalGradient('sky', [
        [0, '#7ea7cf'],
        [1, '#e3ecf2'],
      ]),
      verticalGradient('granite', [
        [0, '#c9c6c0'],
        [1, '#6f6c68'],
      ]),
      verticalGradient('graniteNear', [
        [0, '#a8a49d'],
        [1, '#57534f'],
      ]),
      textureFilter('crag', { frequency: '0.012 0.04', seed: 2, strength: 0.5 }),
      textureFilter('canopy', { frequency: '0.05', seed: 6, strength: 0.35 }),
      blurFilter('haze', 1.5),
    ],
    [
      `<rect width="${String(width)}" height="${String(height)}" fill="url(#sky)"/>`,
      `<path d="${areaBelow(far, height)}" fill="url(#granite)" filter="url(#crag)" opacity="0.8"/>`,
      `<path d="${areaBelow(near, height)}" fill="url(#graniteNear)" filter="url(#crag)"/>`,
      `<path d="${areaBelow(forest, height)}" fill="#8a3a1c"/>`,
      `<g filter="url(#canopy)">${trees.join('')}</g>`,
      `<path d="${stream}" stroke="#cfe6ef" stroke-width="14" fill="none" stroke-linecap="round" opacity="0.7" filter="url(#haze)"/>`,
    ],
  );
}
