/**
 * Draws regions as SVG paths from the same data/geo files the map uses (for the social cards).
 * An equirectangular projection scaled by cos(latitude) is faithful enough at the scale of two provinces.
 */
import type { MultiPolygonRings, Point2 } from './geometry';
import type { BBox } from '@/lib/data/schema';

export type Projector = (point: Point2) => [number, number];

/** A projection that fits `bbox` into a width x height box, centred, keeping shapes undistorted. */
export function fitProjection(bbox: BBox, width: number, height: number): Projector {
  const [west, south, east, north] = bbox;
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = (east - west) * xScale;
  const spanY = north - south;
  const scale = Math.min(width / spanX, height / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return ([lon, lat]) => [offsetX + (lon - west) * xScale * scale, offsetY + (north - lat) * scale];
}

/** An SVG path for polygons, rounded to 0.1 px. */
export function polygonsPath(polygons: MultiPolygonRings, project: Projector): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const points = ring.map((point) =>
        project(point)
          .map((value) => Math.round(value * 10) / 10)
          .join(' '),
      );
      if (points.length > 0) parts.push(`M${points.join('L')}Z`);
    }
  }
  return parts.join('');
}

/** Escapes text for SVG/XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Douglas-Peucker: drops points closer than `tolerance` to the line between their neighbours' kept points. */
export function simplifyLine(points: readonly (readonly [number, number])[], tolerance: number): [number, number][] {
  if (points.length <= 2) return points.map(([x, y]) => [x, y]);
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() ?? [0, 0];
    const [ax, ay] = points[first] ?? [0, 0];
    const [bx, by] = points[last] ?? [0, 0];
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let index = first + 1; index < last; index += 1) {
      const [px, py] = points[index] ?? [0, 0];
      const d =
        length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) {
        distance = d;
        farthest = index;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.flatMap((point, index) => (keep[index] ? [[point[0], point[1]] as [number, number]] : []));
}

/**
 * A compact path for a small preview: simplified to under a unit of the frame, rounded to whole units, with
 * repeated points dropped. At a few hundred units across that is finer than the pixels it is drawn on.
 */
export function compactPath(polygons: MultiPolygonRings, project: Projector, tolerance = 0.6): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const simplified = simplifyLine(ring.map(project), tolerance);
      const points: string[] = [];
      let previous = '';
      for (const point of simplified) {
        const key = `${Math.round(point[0])} ${Math.round(point[1])}`;
        if (key !== previous) points.push(key);
        previous = key;
      }
      if (points.length >= 4) parts.push(`M${points.join('L')}Z`);
    }
  }
  return parts.join('');
}

/**
 * A ring clipped to the box [left, top, right, bottom] (Sutherland–Hodgman: exact for any ring against a rectangle;
 * a ring that leaves and re-enters gets edges along the box's border, which a fill does not show).
 */
export function clipRing(
  ring: readonly (readonly [number, number])[],
  [left, top, right, bottom]: readonly [number, number, number, number],
): [number, number][] {
  type P = readonly [number, number];
  const edges: [inside: (p: P) => boolean, cross: (a: P, b: P) => [number, number]][] = [
    [(p) => p[0] >= left, (a, b) => [left, a[1] + ((b[1] - a[1]) * (left - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= right, (a, b) => [right, a[1] + ((b[1] - a[1]) * (right - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= top, (a, b) => [a[0] + ((b[0] - a[0]) * (top - a[1])) / (b[1] - a[1]), top]],
    [(p) => p[1] <= bottom, (a, b) => [a[0] + ((b[0] - a[0]) * (bottom - a[1])) / (b[1] - a[1]), bottom]],
  ];
  let output: P[] = [...ring];
  for (const [inside, cross] of edges) {
    const input = output;
    output = [];
    input.forEach((point, index) => {
      const previous = input[(index + input.length - 1) % input.length] ?? point;
      if (inside(point)) {
        if (!inside(previous)) output.push(cross(previous, point));
        output.push(point);
      } else if (inside(previous)) output.push(cross(previous, point));
    });
  }
  return output.map(([x, y]) => [x, y]);
}

/** `compactPath` of the part of the shapes inside a frame (plus a margin), for a map cropped to a few regions. */
export function clippedPath(
  polygons: MultiPolygonRings,
  project: Projector,
  frame: readonly [number, number, number, number],
  tolerance: number,
): string {
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const clipped = clipRing(ring.map(project), frame);
      if (clipped.length < 3) continue;
      const points: string[] = [];
      let previous = '';
      for (const point of simplifyLine(clipped, tolerance)) {
        const key = `${Math.round(point[0])} ${Math.round(point[1])}`;
        if (key !== previous) points.push(key);
        previous = key;
      }
      if (points.length >= 3) parts.push(`M${points.join('L')}Z`);
    }
  }
  return parts.join('');
}

export type PreviewShape = { slug: string; code: number; level: 'province' | 'prefecture'; d: string };
export type PreviewLabel = { slug: string; name: string; x: number; y: number };
export type MapPreviewData = { width: number; height: number; shapes: PreviewShape[]; labels: PreviewLabel[] };

/** Colours the preview needs, passed in so this module stays free of the map style. */
export type PreviewColours = {
  fill: (count: number) => string;
  prefectureLine: string;
  provinceLine: string;
  selectedLine: string;
  text: string;
  /** Hatch over prefectures searched with no report found. */
  noneFound: string;
};

/** The words in the static map, in the page's language: region names, each link's accessible name and address. */
export type PreviewText = {
  /** A prefecture's label; the data's own (English) label is given as `fallback` for shapes with no region. */
  name: (slug: string, fallback: string) => string;
  /** Accessible name of a prefecture's link, e.g. "Dandong: 3 reports". */
  label: (name: string, count: number) => string;
  /** Address of a region's page in the page's language. */
  href: (slug: string) => string;
};

export type ShapeLayerOptions = {
  /**
   * Each prefecture a link to its page, named and addressed in the page's language (the page's map); null for
   * images, where a link means nothing.
   */
  links: PreviewText | null;
  /** Multiplies line widths: a picture zoomed into one region keeps lines as thin as on the whole map. */
  lineScale: number;
  /** Fill per prefecture slug instead of the count shading (a comparison's change classes). */
  fillBySlug?: Readonly<Record<string, string>> | null;
};

/** The shaded prefectures, hatching, province outlines and the selected outline: the map without its labels. */
export function previewShapeLayers(
  data: MapPreviewData,
  counts: Readonly<Record<string, number>>,
  selected: string | null,
  colours: PreviewColours,
  noneFound: ReadonlySet<string>,
  { links, lineScale, fillBySlug = null }: ShapeLayerOptions,
): { defs: string; body: string } {
  const prefectures = data.shapes.filter((shape) => shape.level === 'prefecture');
  const provinces = data.shapes.filter((shape) => shape.level === 'province');
  const width = (value: number) => String(Math.round(value * lineScale * 1000) / 1000);
  const fills = prefectures.map((shape) => {
    const count = counts[shape.slug] ?? 0;
    const path = `<path d="${shape.d}" fill="${fillBySlug?.[shape.slug] ?? colours.fill(count)}" stroke="${colours.prefectureLine}" stroke-width="${width(0.8)}"/>`;
    if (!links) return path;
    const name = links.name(shape.slug, data.labels.find((label) => label.slug === shape.slug)?.name ?? shape.slug);
    const label = links.label(name, count);
    return `<a href="${escapeXml(links.href(shape.slug))}" data-slug="${shape.slug}" aria-label="${escapeXml(label)}">${path}</a>`;
  });
  const outlines = provinces.map(
    (shape) =>
      `<path d="${shape.d}" fill="none" stroke="${colours.provinceLine}" stroke-width="${width(1.6)}" pointer-events="none"/>`,
  );
  const highlight = data.shapes
    .filter((shape) => shape.slug === selected)
    .map(
      (shape) =>
        `<path d="${shape.d}" fill="none" stroke="${colours.selectedLine}" stroke-width="${width(2.5)}" pointer-events="none"/>`,
    );
  const hatched = prefectures
    .filter((shape) => noneFound.has(shape.slug))
    .map((shape) => `<path d="${shape.d}" fill="url(#none-found)" pointer-events="none"/>`);
  const step = width(6);
  const defs = `<defs><pattern id="none-found" width="${step}" height="${step}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="${step}" stroke="${colours.noneFound}" stroke-width="${width(1.2)}"/></pattern></defs>`;
  return { defs, body: [...fills, ...hatched, ...outlines, ...highlight].join('') };
}

const PREVIEW_LABEL_SIZE = 13;
/** How much larger names are drawn, relative to the frame, on a region's page than on the whole map. */
const LABEL_GROWTH_IN_FRAME = 1.5;

/** Roughly how wide a label is, in font sizes: Chinese and Korean glyphs are square, Latin ones about 0.6 wide. */
function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]/.test(char) ? 1 : 0.6;
  return width;
}

/**
 * The labels that fit without overlapping, the highest `rank` placed first (small prefectures crowd around
 * Shenyang and Jinzhou). A name left out is still its prefecture link's accessible name. `y` is the baseline of
 * text centred on `x`; the labels come back in their given order, so the markup is stable.
 */
export function uncrowdedLabels<T extends { x: number; y: number }>(
  labels: readonly T[],
  name: (label: T) => string,
  fontSize: number,
  rank: (label: T) => number,
): T[] {
  const placed: { left: number; right: number; top: number; bottom: number }[] = [];
  const kept = new Set<T>();
  for (const label of [...labels].sort((a, b) => rank(b) - rank(a))) {
    const half = ((labelWidth(name(label)) + 0.3) * fontSize) / 2;
    const box = {
      left: label.x - half,
      right: label.x + half,
      top: label.y - fontSize,
      bottom: label.y + fontSize / 4,
    };
    const overlaps = placed.some(
      (other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom,
    );
    if (overlaps) continue;
    placed.push(box);
    kept.add(label);
  }
  return labels.filter((label) => kept.has(label));
}

/** The part of the drawing a static map shows, in the drawing's units. */
export type PreviewFrame = { x: number; y: number; width: number; height: number };

/** The box [left, top, right, bottom] of a path made of M, L and Z commands with absolute coordinates. */
export function pathBox(d: string): [number, number, number, number] | null {
  const numbers = d.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  if (numbers.length < 2) return null;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let index = 0; index + 1 < numbers.length; index += 2) {
    const x = numbers[index] ?? 0;
    const y = numbers[index + 1] ?? 0;
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

/**
 * The frame of a region's page: its shape's box with a margin of neighbours around it (a fifth of its size on
 * each side), at least a quarter of the whole drawing wide and high so that a small prefecture still shows where
 * it lies, and never beyond the drawing. Null for a region with no shape (the whole drawing is shown).
 */
export function previewFrame(data: MapPreviewData, slug: string): PreviewFrame | null {
  const box = data.shapes
    .filter((shape) => shape.slug === slug)
    .map((shape) => pathBox(shape.d))
    .find((found) => found !== null);
  if (!box) return null;
  const side = (low: number, high: number, least: number, limit: number): [number, number] => {
    const size = Math.min(limit, Math.max((high - low) * 1.4, least));
    const start = Math.min(Math.max((low + high) / 2 - size / 2, 0), limit - size);
    return [Math.round(start * 10) / 10, Math.round(size * 10) / 10];
  };
  const [x, width] = side(box[0], box[2], data.width / 4, data.width);
  const [y, height] = side(box[1], box[3], data.height / 4, data.height);
  return { x, y, width, height };
}

/**
 * The static map as SVG markup: one renderer for the image a page shows first (and without JavaScript), the
 * interactive preview on phones and without WebGL (the same markup, inlined), and the downloadable image of a
 * view (lib/export/view-image.ts). Each prefecture is a link to its page.
 */
export function previewSvg(
  data: MapPreviewData,
  counts: Readonly<Record<string, number>>,
  selected: string | null,
  colours: PreviewColours,
  noneFound: ReadonlySet<string>,
  text: PreviewText,
  fillBySlug: Readonly<Record<string, string>> | null = null,
): string {
  // A region's page shows that region and its neighbours; lines keep their width on screen, and names grow by half
  // (never past the whole map's size): on a phone the whole map's names are small, and a frame has room for larger.
  const frame = (selected === null ? null : previewFrame(data, selected)) ?? {
    x: 0,
    y: 0,
    width: data.width,
    height: data.height,
  };
  const scale = frame.width / data.width;
  const round = (value: number) => Math.round(value * 100) / 100;
  const fontSize = round(PREVIEW_LABEL_SIZE * Math.min(1, scale * LABEL_GROWTH_IN_FRAME));
  const { defs, body } = previewShapeLayers(data, counts, selected, colours, noneFound, {
    links: text,
    lineScale: scale,
    fillBySlug,
  });
  const name = (label: PreviewLabel) => text.name(label.slug, label.name);
  // Only names wholly inside the frame: one cut at its edge reads as another word.
  const inside = data.labels.filter((label) => {
    const half = ((labelWidth(name(label)) + 0.3) * fontSize) / 2;
    return (
      label.x - half >= frame.x &&
      label.x + half <= frame.x + frame.width &&
      label.y - fontSize >= frame.y &&
      label.y + fontSize / 4 <= frame.y + frame.height
    );
  });
  const labels = uncrowdedLabels(inside, name, fontSize, (label) =>
    label.slug === selected ? Number.POSITIVE_INFINITY : (counts[label.slug] ?? 0),
  ).map(
    (label) =>
      `<text x="${label.x}" y="${label.y}" font-size="${fontSize}" text-anchor="middle" fill="${colours.text}" stroke="white" stroke-width="${round(3 * scale)}" paint-order="stroke" pointer-events="none">${escapeXml(name(label))}</text>`,
  );
  const viewBox = [frame.x, frame.y, frame.width, frame.height].join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${Math.round(frame.width)}" height="${Math.round(frame.height)}" font-family="system-ui, sans-serif">${defs}${body}${labels.join('')}</svg>`;
}
