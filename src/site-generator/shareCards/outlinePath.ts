import type opentype from 'opentype.js';

/**
 * SVG path data of an outline, to a tenth of a pixel. Written here rather
 * than with opentype.js's own toPathData, whose rounding turns a coordinate
 * with a tiny fraction (`5e-7`) into NaN, which ends the path where it stands.
 */
export function pathData(path: opentype.Path): string {
  const n = (value: number) => String(Math.round(value * 10) / 10);
  return path.commands
    .map((command) => {
      switch (command.type) {
        case 'M':
        case 'L':
          return `${command.type}${n(command.x)} ${n(command.y)}`;
        case 'Q':
          return `Q${n(command.x1)} ${n(command.y1)} ${n(command.x)} ${n(command.y)}`;
        case 'C':
          return `C${n(command.x1)} ${n(command.y1)} ${n(command.x2)} ${n(command.y2)} ${n(command.x)} ${n(command.y)}`;
        case 'Z':
          return 'Z';
      }
    })
    .join('');
}
