// Tea hills, a steaming lava field, a basalt shore and a sunset sky. The alt
// texts in the articles describe what these draw, so change both together.
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

/** One rounded hill combed into curving rows of tea bushes that follow its contour. */
function teaHill(random, { width, height, base, amplitude, gap, colour, shade }) {
  const top = skyline(random, {
    width,
    base,
    waves: [
      [amplitude, width * 1.3],
      [amplitude / 4, 420],
    ],
  });
  const rows = [];
  for (let offset = gap * 0.6; offset < height - base + amplitude * 2; offset += gap) {
    const bend = random.between(-0.5, 0.5);
    const row = shifted(top, (x) => offset * (1 + 0.25 * Math.sin(x / 300 + bend)));
    rows.push(`<path d="${line(row)}" stroke="${shade}" stroke-width="${String(gap * 0.45)}" fill="none"/>`);
  }
  return `<path d="${areaBelow(top, height)}" fill="${colour}"/><g clip-path="url(#clip-${String(base)})" filter="url(#bushes)">${rows.join('')}</g><clipPath id="clip-${String(base)}"><path d="${areaBelow(top, height)}"/></clipPath>`;
}

/**
 * Rounded hills striped with rows of tea layered into mist, with a line of dark
 * cedars along the nearest crest. `isClose` frames the nearest rows running into fog.
 */
export function teaHills(width, height, { isClose = false } = {}) {
  const random = seeded(isClose ? 53 : 47);
  const hills = isClose
    ? [
        { base: height * 0.42, amplitude: 30, gap: 26, colour: '#9cc48c', shade: '#7eac70' },
        { base: height * 0.6, amplitude: 50, gap: 60, colour: '#5c9a49', shade: '#3f7a34' },
      ]
    : [
        { base: 330, amplitude: 40, gap: 16, colour: '#a9cc9a', shade: '#93bb86' },
        { base: 450, amplitude: 55, gap: 24, colour: '#7fb56b', shade: '#629b52' },
        { base: 600, amplitude: 70, gap: 36, colour: '#4f9444', shade: '#3b7a33' },
      ];
  const cedars = [];
  if (!isClose) {
    const crest = skyline(seeded(60), {
      width,
      base: 600,
      waves: [
        [70, width * 1.3],
        [70 / 4, 420],
      ],
    });
    for (let x = 930; x < 1500; x += random.between(28, 44)) {
      const tall = random.between(150, 230);
      const foot = heightAt(crest, x) + 20;
      cedars.push(
        `<path d="M${String(x)} ${String(foot - tall)}C${String(x - 22)} ${String(foot - tall * 0.5)} ${String(x - 20)} ${String(foot - 20)} ${String(x)} ${String(foot)}C${String(x + 20)} ${String(foot - 20)} ${String(x + 22)} ${String(foot - tall * 0.5)} ${String(x)} ${String(foot - tall)}Z" fill="${random.pick(['#1f3f24', '#26492a', '#1a3520'])}"/>`,
      );
    }
  }
  return svgDocument(
    width,
    height,
    [
      verticalGradient('sky', [
        [0, '#d8e7e4'],
        [1, '#f3f5ec'],
      ]),
      verticalGradient('fog', [
        [0, '#ffffff', 0],
        [0.45, '#f7f9f4', 0.85],
        [1, '#ffffff', 0],
      ]),
      textureFilter('bushes', { frequency: '0.04 0.1', seed: 12, strength: 0.3 }),
      wispFilter('mist', { frequency: '0.002 0.01', seed: 14, density: 0.25 }),
      blurFilter('far', 3),
    ],
    [
      `<rect width="${String(width)}" height="${String(height)}" fill="url(#sky)"/>`,
      `<path d="${areaBelow(skyline(random, { width, base: height * 0.3, waves: [[26, 500]], jag: 20 }), height)}" fill="#c4d9cf" filter="url(#far)"/>`,
      ...hills.flatMap((hill, index) => [
        teaHill(random, { width, height, ...hill }),
        index < hills.length - 1
          ? `<rect y="${String(hill.base - 60)}" width="${String(width)}" height="${String(isClose ? height * 0.5 : 180)}" fill="url(#fog)"/>`
          : '',
      ]),
      ...cedars,
      `<rect width="${String(width)}" height="${String(height * 0.6)}" fill="#fff" filter="url(#mist)" opacity="${isClose ? '0.75' : '0.45'}"/>`,
    ],
  );
}

/** Steam rising from a low power station and its pipes in a dark lava field, snowy hills, aurora. */
export function steamingLavaField(width, height) {
  const random = seeded(71);
  const hills = skyline(random, { width, base: 470, waves: [[60, 800]], jag: 60 });
  const plumes = [];
  for (let index = 0; index < 60; index += 1) {
    const x = random.pick([600, 690, 820]) + random.between(-30, 30);
    const y = random.between(120, 570);
    const radius = random.between(14, 40) * (1 + (570 - y) / 160);
    plumes.push(
      `<circle cx="${String(x + (570 - y) * 0.45)}" cy="${String(y)}" r="${String(radius)}" fill="#f2f4f6" opacity="${String(0.2 + (0.5 * (y - 120)) / 450)}"/>`,
    );
  }
  const pipes = [0, 1, 2].map(
    (index) =>
      `<path d="M640 ${String(640 + index * 12)}L${String(1050 + index * 80)} ${String(700 + index * 40)}L${String(1600)} ${String(690 + index * 70)}" stroke="#a8adb0" stroke-width="6" fill="none"/>`,
  );
  return svgDocument(
    width,
    height,
    [
      verticalGradient('sky', [
        [0, '#0b1a3c'],
        [0.7, '#1d3f78'],
        [1, '#4a6fa5'],
      ]),
      verticalGradient('snow', [
        [0, '#f1f4f8'],
        [1, '#9fb0c4'],
      ]),
      verticalGradient('lava', [
        [0, '#3a3836'],
        [1, '#141312'],
      ]),
      textureFilter('rough', { frequency: '0.03 0.06', seed: 15, strength: 0.55 }),
      textureFilter('snowy', { frequency: '0.01 0.03', seed: 16, strength: 0.2 }),
      blurFilter('glow', 28),
      blurFilter('steam', 14),
    ],
    [
      `<rect width="${String(width)}" height="${String(height)}" fill="url(#sky)"/>`,
      `<g filter="url(#glow)" opacity="0.55"><path d="M-50 180C300 90 700 250 1000 140S1500 60 1700 150" stroke="#5fe3a1" stroke-width="46" fill="none"/><path d="M100 260C500 170 900 300 1250 210" stroke="#3fbf8a" stroke-width="30" fill="none"/></g>`,
      `<path d="${areaBelow(hills, height)}" fill="url(#snow)" filter="url(#snowy)"/>`,
      `<path d="${areaBelow(skyline(random, { width, base: 600, waves: [[14, 500]], jag: 30 }), height)}" fill="url(#lava)" filter="url(#rough)"/>`,
      `<g fill="#cfd4d8"><rect x="560" y="560" width="200" height="80"/><rect x="760" y="590" width="120" height="50"/></g><rect x="560" y="556" width="200" height="8" fill="#7d8489"/>`,
      ...pipes,
      `<g filter="url(#steam)">${plumes.join('')}</g>`,
      `<rect x="180" y="760" width="150" height="60" fill="#ffcf6e" opacity="0.9" filter="url(#glow)"/><rect x="190" y="770" width="130" height="44" fill="#ffd98a"/>`,
    ],
  );
}

/** Orange floats on a turquoise sea off a black basalt shore, a diver surfacing beside one. */
export function basaltShore(width, height) {
  const random = seeded(89);
  const rocks = [];
  for (let index = 0; index < 40; index += 1) {
    const x = random.between(-60, width + 60);
    const y = 780 + random.between(-40, 140);
    const rx = random.between(60, 160);
    rocks.push(
      `<ellipse cx="${String(x)}" cy="${String(y)}" rx="${String(rx)}" ry="${String(rx * 0.45)}" fill="${random.pick(['#1b1c1e', '#25272a', '#121314'])}"/>`,
    );
  }
  const floats = [
    [420, 430, 26],
    [760, 500, 32],
    [1130, 450, 28],
    [1290, 560, 36],
  ].map(
    ([x, y, r]) =>
      `<ellipse cx="${String(x)}" cy="${String(y + r * 0.3)}" rx="${String(r * 1.5)}" ry="${String(r * 0.35)}" fill="#0d5e66" opacity="0.6"/><circle cx="${String(x)}" cy="${String(y)}" r="${String(r)}" fill="#f26a1b"/><circle cx="${String(x - r * 0.35)}" cy="${String(y - r * 0.35)}" r="${String(r * 0.3)}" fill="#ffb27a"/>`,
  );
  const diver = `<ellipse cx="840" cy="505" rx="26" ry="30" fill="#141618"/><rect x="822" y="496" width="36" height="12" rx="5" fill="#6e8fa0"/><ellipse cx="840" cy="530" rx="48" ry="9" fill="#0d5e66" opacity="0.7"/>`;
  return svgDocument(
    width,
    height,
    [
      verticalGradient('sky', [
        [0, '#8fc3e6'],
        [1, '#e2f0f7'],
      ]),
      verticalGradient('sea', [
        [0, '#2e9bb0'],
        [0.5, '#22b3b0'],
        [1, '#139a98'],
      ]),
      textureFilter('waves', { frequency: '0.004 0.05', seed: 19, strength: 0.28 }),
      textureFilter('basalt', { frequency: '0.05', seed: 3, strength: 0.6 }),
      wispFilter('cloud', { frequency: '0.003 0.012', seed: 41, density: -0.1 }),
    ],
    [
      `<rect width="${String(width)}" height="${String(height)}" fill="url(#sky)"/>`,
      `<rect width="${String(width)}" height="230" fill="#fff" filter="url(#cloud)" opacity="0.8"/>`,
      `<rect y="240" width="${String(width)}" height="${String(height - 240)}" fill="url(#sea)" filter="url(#waves)"/>`,
      ...floats,
      diver,
      `<g filter="url(#basalt)">${rocks.join('')}</g>`,
    ],
  );
}

/** A sky shading from deep blue to orange and pink at the horizon, the sun setting behind hills. */
export function sunsetSky(width, height) {
  const random = seeded(97);
  const hills = skyline(random, {
    width,
    base: 740,
    waves: [
      [30, 700],
      [12, 240],
    ],
    jag: 20,
  });
  return svgDocument(
    width,
    height,
    [
      verticalGradient('sky', [
        [0, '#0d2a6b'],
        [0.35, '#2f63b0'],
        [0.62, '#8fa8cf'],
        [0.78, '#f2a86b'],
        [0.9, '#f07a52'],
        [1, '#c9485b'],
      ]),
      `<radialGradient id="sun" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#fff6d8"/><stop offset="0.2" stop-color="#ffd27a" stop-opacity="0.9"/><stop offset="1" stop-color="#ff9a4a" stop-opacity="0"/></radialGradient>`,
      wispFilter('cloud', { frequency: '0.0025 0.011', seed: 61, density: -0.25, color: [1, 0.85, 0.8] }),
    ],
    [
      `<rect width="${String(width)}" height="${String(height)}" fill="url(#sky)"/>`,
      `<circle cx="980" cy="735" r="300" fill="url(#sun)"/>`,
      `<rect y="80" width="${String(width)}" height="520" fill="#fff" filter="url(#cloud)" opacity="0.55"/>`,
      `<path d="${areaBelow(hills, height)}" fill="#1c1a2a"/>`,
    ],
  );
}
