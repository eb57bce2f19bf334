/**
 * Draws the two Teams app icons with pngjs, from geometry alone (no image files):
 *   manifest/color.png   192×192, a white shield holding a teal speech bubble with a white tick, on deep teal;
 *   manifest/outline.png  32×32, the same motif in white on a fully transparent background.
 *
 * Run: `npm run icons`. The output is deterministic, and a test checks the committed PNGs match it.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

type Point = readonly [number, number];
type Rgb = readonly [number, number, number];
/** Coverage of a shape at a point in the unit square [0,1]²: true when the point is inside. */
type Shape = (x: number, y: number) => boolean;

export const COLOR_SIZE = 192;
export const OUTLINE_SIZE = 32;
export const TEAL: Rgb = [0x0b, 0x55, 0x63];
const WHITE: Rgb = [255, 255, 255];

const here = dirname(fileURLToPath(import.meta.url));
export const MANIFEST_DIR = resolve(here, '..', 'manifest');

/* ---------- geometry in the unit square ---------- */

function quadratic(a: Point, control: Point, b: Point, steps: number): Point[] {
  const points: Point[] = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    points.push([u * u * a[0] + 2 * u * t * control[0] + t * t * b[0], u * u * a[1] + 2 * u * t * control[1] + t * t * b[1]]);
  }
  return points;
}

/** A heater shield: a flat top with rounded shoulders, straight sides, curving to a point at the bottom. */
function shieldPolygon(left: number, top: number, right: number, bottom: number): Point[] {
  const cx = (left + right) / 2;
  const shoulder = (right - left) * 0.12;
  const sideEnd = top + (bottom - top) * 0.45;
  const points: Point[] = [[left + shoulder, top]];
  points.push([right - shoulder, top]);
  points.push(...quadratic([right - shoulder, top], [right, top], [right, top + shoulder], 8));
  points.push([right, sideEnd]);
  points.push(...quadratic([right, sideEnd], [right, bottom - (bottom - top) * 0.18], [cx, bottom], 24));
  points.push(...quadratic([cx, bottom], [left, bottom - (bottom - top) * 0.18], [left, sideEnd], 24));
  points.push([left, top + shoulder]);
  points.push(...quadratic([left, top + shoulder], [left, top], [left + shoulder, top], 8));
  return points;
}

function insidePolygon(polygon: readonly Point[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(x: number, y: number, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / lengthSquared));
  return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
}

function distanceToPolyline(points: readonly Point[], x: number, y: number, closed: boolean): number {
  let best = Infinity;
  const last = closed ? points.length : points.length - 1;
  for (let i = 0; i < last; i++) {
    best = Math.min(best, distanceToSegment(x, y, points[i]!, points[(i + 1) % points.length]!));
  }
  return best;
}

const polygonShape =
  (polygon: readonly Point[]): Shape =>
  (x, y) =>
    insidePolygon(polygon, x, y);

/** A band of the given width just inside the polygon's edge. */
const polygonRim =
  (polygon: readonly Point[], width: number): Shape =>
  (x, y) =>
    insidePolygon(polygon, x, y) && distanceToPolyline(polygon, x, y, true) <= width;

/** A thick line with round ends and joins. */
const stroke =
  (points: readonly Point[], width: number): Shape =>
  (x, y) =>
    distanceToPolyline(points, x, y, false) <= width / 2;

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number): Shape {
  return (x, y) => {
    const qx = Math.abs(x - (left + right) / 2) - ((right - left) / 2 - radius);
    const qy = Math.abs(y - (top + bottom) / 2) - ((bottom - top) / 2 - radius);
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) <= radius;
  };
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((shape) => shape(x, y));

/* ---------- the motif ---------- */

const shield = shieldPolygon(0.2, 0.16, 0.8, 0.88);
/** A speech bubble centred in the shield's upper body, its tail pointing down-left. */
const bubble = union(
  roundedRect(0.32, 0.3, 0.68, 0.56, 0.07),
  polygonShape([
    [0.38, 0.54],
    [0.47, 0.54],
    [0.36, 0.66],
  ]),
);
const tick: Point[] = [
  [0.405, 0.435],
  [0.475, 0.5],
  [0.6, 0.365],
];

/* ---------- rasterising ---------- */

interface Layer {
  shape: Shape;
  color: Rgb;
}

/** Paints layers in order over a background (or transparency), with 4×4 supersampling for smooth edges. */
function rasterise(size: number, background: Rgb | null, layers: readonly Layer[]): PNG {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const grid = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const x = (px + (sx + 0.5) / grid) / size;
          const y = (py + (sy + 0.5) / grid) / size;
          let color: Rgb | null = background;
          for (const layer of layers) if (layer.shape(x, y)) color = layer.color;
          if (color !== null) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Colour is averaged over covered samples only, so edges against transparency stay pure white.
      png.data[i] = a === 0 ? 255 : Math.round(r / a);
      png.data[i + 1] = a === 0 ? 255 : Math.round(g / a);
      png.data[i + 2] = a === 0 ? 255 : Math.round(b / a);
      png.data[i + 3] = Math.round((a / (grid * grid)) * 255);
    }
  }
  return png;
}

/** 192×192 full-colour icon: white shield, teal speech bubble, white tick, deep teal background. */
export function drawColorIcon(): Buffer {
  const png = rasterise(COLOR_SIZE, TEAL, [
    { shape: polygonShape(shield), color: WHITE },
    { shape: bubble, color: TEAL },
    { shape: stroke(tick, 0.05), color: WHITE },
  ]);
  return PNG.sync.write(png);
}

/**
 * 32×32 outline icon: only white and transparency (Teams' rule for outline icons).
 * The shield becomes a white rim, the bubble solid white with the tick cut out of it.
 */
export function drawOutlineIcon(): Buffer {
  // At 32 px the motif fills more of the square: Teams shows the outline icon tiny, with no padding.
  const scale = (shape: Shape): Shape => (x, y) => shape(0.5 + (x - 0.5) * 0.8, 0.52 + (y - 0.5) * 0.8);
  const transparent = (x: number, y: number): boolean => scale(stroke(tick, 0.075))(x, y);
  const png = rasterise(OUTLINE_SIZE, null, [
    { shape: scale(polygonRim(shield, 0.065)), color: WHITE },
    { shape: (x, y) => scale(bubble)(x, y) && !transparent(x, y), color: WHITE },
  ]);
  return PNG.sync.write(png);
}

function main(): void {
  const colorPath = resolve(MANIFEST_DIR, 'color.png');
  const outlinePath = resolve(MANIFEST_DIR, 'outline.png');
  writeFileSync(colorPath, drawColorIcon());
  writeFileSync(outlinePath, drawOutlineIcon());
  console.log(`wrote ${colorPath}\nwrote ${outlinePath}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
