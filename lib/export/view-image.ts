/**
 * A picture of a view for reports and slides: the static map (lib/map/svg-map.ts, the renderer of the page's first
 * paint and of the social cards) shaded for the view, with its markers, title, filters in words, legend,
 * attribution, date and link. SVG, so it needs no WebGL and comes out the same on every machine; the browser
 * rasterises it for the PNG (components/view-downloads.tsx).
 *
 * Pure and deterministic: the date is passed in.
 */
import { IMAGE_SIZES, type ImageShape } from './formats';
import type { BBox } from '@/lib/data/schema';

export { IMAGE_SIZES, type ImageShape } from './formats';
import {
  escapeXml,
  fitProjection,
  previewShapeLayers,
  uncrowdedLabels,
  type MapPreviewData,
  type PreviewColours,
} from '@/lib/map/svg-map';
import { labelColourOn, MAP_COLOURS } from '@/lib/map/colours';
import type { Theme } from '@/lib/view/theme';

/** The page around the map, per theme: the dark image follows a dark page (a slide with a dark background). */
const PAGE_COLOURS: Readonly<
  Record<Theme, { page: string; strong: string; body: string; quiet: string; swatch: string }>
> = {
  light: { page: '#ffffff', strong: '#111827', body: '#1f2937', quiet: '#374151', swatch: '#9ca3af' },
  dark: { page: '#111827', strong: '#f3f4f6', body: '#e5e7eb', quiet: '#d1d5db', swatch: '#6b7280' },
};

/** `outline`: the ring around the dot, white unless the colour is too pale for it ("Sector not stated"). */
export type ImageMarker = { lon: number; lat: number; colour: string; outline?: string };

export type ViewImageInput = {
  shape: ImageShape;
  preview: MapPreviewData;
  /** The box the preview's shapes were projected from (both provinces). */
  previewBounds: BBox;
  /** The region to fill the frame with, or null for both provinces. */
  focus: BBox | null;
  counts: Readonly<Record<string, number>>;
  selected: string | null;
  noneFound: ReadonlySet<string>;
  colours: PreviewColours;
  /** Light unless given: the page's words, background and the land under the map. */
  theme?: Theme;
  /** Fill per prefecture instead of the count shading (a comparison's change classes). */
  fillBySlug?: Readonly<Record<string, string>> | null;
  markers: readonly ImageMarker[];
  /** A prefecture's label on the map in the page's language (the preview's own label, English, is the fallback). */
  labelName: (slug: string, fallback: string) => string;
  title: string;
  /** The view in words with its count, e.g. "Textile reports in Dandong, 2020–2022: 12 reports". */
  subtitle: string;
  legend: {
    /** e.g. "Marker colour: sector". */
    sectorTitle: string;
    /** e.g. "Hatched: searched, no report found". */
    hatched: string;
    /** e.g. "Shading: matching reports in the prefecture". */
    shadingTitle: string;
    sectors: readonly { label: string; colour: string; outline?: string }[];
    bins: readonly { label: string; colour: string }[];
  };
  attribution: string;
  /** e.g. "Dataset version 2026.12.02 · drawn 2 December 2026". */
  dateLine: string;
  link: string;
};

/** Chinese characters and full-width punctuation: Chinese is written without spaces, so a line may break between them. */
const BREAKABLE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/**
 * Lines of at most about `maxChars` characters (CJK counts double: it is wider), broken at spaces and between
 * Chinese characters; Korean, written with spaces, breaks between words.
 */
export function wrapText(text: string, maxChars: number, maxLines = 3): string[] {
  const width = (word: string) =>
    [...word].reduce((sum, char) => sum + (/[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(char) ? 2 : 1), 0);
  const tokens =
    text.match(/\s+|[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]|[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  let space = false;
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      space = line !== '';
      continue;
    }
    const candidate = line === '' ? token : `${line}${space ? ' ' : ''}${token}`;
    // A break needs a space or a breakable character on either side.
    const canBreak = space || BREAKABLE.test(token) || BREAKABLE.test(line.slice(-1));
    if (line !== '' && canBreak && width(candidate) > maxChars) {
      lines.push(line);
      line = token;
    } else line = candidate;
    space = false;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

type Box = { x: number; y: number; width: number; height: number };

const round = (value: number) => Math.round(value * 100) / 100;

function textLines(lines: readonly string[], x: number, y: number, size: number, attributes: string): string {
  return lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${round(y + index * size * 1.3)}" font-size="${size}" ${attributes}>${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The map part: the preview's frame cropped to the focus, fitted into `box`. */
function mapGroup(input: ViewImageInput, box: Box): string {
  const { preview, previewBounds, focus } = input;
  const project = fitProjection(previewBounds, preview.width, preview.height);
  let view = { x: 0, y: 0, width: preview.width, height: preview.height };
  if (focus) {
    const [west, south, east, north] = focus;
    const [x0, y0] = project([west, north]);
    const [x1, y1] = project([east, south]);
    const padX = (x1 - x0) * 0.15;
    const padY = (y1 - y0) * 0.15;
    view = { x: x0 - padX, y: y0 - padY, width: x1 - x0 + 2 * padX, height: y1 - y0 + 2 * padY };
  }
  // Lines, markers and labels keep their size on the page however far the frame is zoomed.
  const unit = Math.max(view.width / box.width, view.height / box.height);
  const { defs, body } = previewShapeLayers(preview, input.counts, input.selected, input.colours, input.noneFound, {
    links: null,
    lineScale: unit * 1.2,
    fillBySlug: input.fillBySlug ?? null,
  });
  const inView = (x: number, y: number) =>
    x >= view.x && x <= view.x + view.width && y >= view.y && y <= view.y + view.height;

  // One dot per place and colour, sized by how many reports share it; the colours at one place sit around it, as
  // on the map, so no dot hides another's count.
  const places = new Map<string, { x: number; y: number; byColour: Map<string, number> }>();
  const outlineOf = new Map(input.markers.map((marker) => [marker.colour, marker.outline ?? 'white']));
  for (const marker of input.markers) {
    const [x, y] = project([marker.lon, marker.lat]);
    const key = `${Math.round(x / (unit * 6))}|${Math.round(y / (unit * 6))}`;
    const place = places.get(key) ?? { x, y, byColour: new Map<string, number>() };
    place.byColour.set(marker.colour, (place.byColour.get(marker.colour) ?? 0) + 1);
    places.set(key, place);
  }
  const dots = [...places.values()].flatMap((place) => {
    const colours = [...place.byColour];
    const spread = colours.length > 1 ? unit * 12 : 0;
    return colours.map(([colour, count], index) => {
      const angle = (2 * Math.PI * index) / colours.length - Math.PI / 2;
      return { x: place.x + spread * Math.cos(angle), y: place.y + spread * Math.sin(angle), colour, count };
    });
  });
  const markers = dots
    .filter((dot) => inView(dot.x, dot.y))
    .map((dot) => {
      const radius = unit * (dot.count > 1 ? 9 + Math.min(6, Math.sqrt(dot.count) * 1.5) : 6);
      const circle = `<circle cx="${round(dot.x)}" cy="${round(dot.y)}" r="${round(radius)}" fill="${dot.colour}" stroke="${outlineOf.get(dot.colour) ?? 'white'}" stroke-width="${round(unit * 1.5)}"/>`;
      const count =
        dot.count > 1
          ? `<text x="${round(dot.x)}" y="${round(dot.y + unit * 4.5)}" font-size="${round(unit * 13)}" text-anchor="middle" font-weight="600" fill="${labelColourOn(dot.colour)}">${dot.count}</text>`
          : '';
      return circle + count;
    });
  const labelSize = unit * 16;
  const labels = uncrowdedLabels(
    preview.labels.filter((label) => inView(label.x, label.y)).map((label) => ({ ...label, y: label.y - unit * 12 })),
    (label) => input.labelName(label.slug, label.name),
    labelSize,
    (label) => (label.slug === input.selected ? Number.POSITIVE_INFINITY : (input.counts[label.slug] ?? 0)),
  ).map(
    (label) =>
      `<text x="${label.x}" y="${round(label.y)}" font-size="${round(labelSize)}" text-anchor="middle" fill="${input.colours.text}" stroke="${input.colours.textHalo}" stroke-width="${round(unit * 4)}" paint-order="stroke">${escapeXml(input.labelName(label.slug, label.name))}</text>`,
  );
  const viewBox = [view.x, view.y, view.width, view.height].map(round).join(' ');
  return `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet">${defs}${body}${markers.join('')}${labels.join('')}</svg>`;
}

function legendGroup(input: ViewImageInput, x: number, y: number, columnWidth: number): string {
  const page = PAGE_COLOURS[input.theme ?? 'light'];
  const parts: string[] = [];
  let cursor = y;
  parts.push(
    `<text x="${x}" y="${cursor}" font-size="20" font-weight="600" fill="${page.strong}">${escapeXml(input.legend.sectorTitle)}</text>`,
  );
  cursor += 12;
  const perRow = Math.max(1, Math.floor(columnWidth / 210));
  input.legend.sectors.forEach((sector, index) => {
    const column = index % perRow;
    const row = Math.floor(index / perRow);
    const left = x + column * 210;
    const top = cursor + 18 + row * 30;
    parts.push(
      `<circle cx="${left + 9}" cy="${top}" r="8" fill="${sector.colour}" stroke="${sector.outline ?? 'white'}" stroke-width="1.5"/>`,
      `<text x="${left + 26}" y="${top + 6}" font-size="18" fill="${page.strong}">${escapeXml(sector.label)}</text>`,
    );
  });
  cursor += 18 + Math.ceil(input.legend.sectors.length / perRow) * 30 + 16;
  const titleLines = wrapText(input.legend.shadingTitle, Math.floor(columnWidth / 11.5), 2);
  parts.push(textLines(titleLines, x, cursor, 20, `font-weight="600" fill="${page.strong}"`));
  cursor += (titleLines.length - 1) * 26 + 14;
  let left = x;
  for (const bin of input.legend.bins) {
    const binWidth = 34 + [...bin.label].length * 10 + 20;
    if (left > x && left + binWidth - 20 > x + columnWidth) {
      left = x;
      cursor += 30;
    }
    parts.push(
      `<rect x="${left}" y="${cursor}" width="28" height="20" fill="${bin.colour}" stroke="${page.swatch}"/>`,
      `<text x="${left + 34}" y="${cursor + 16}" font-size="17" fill="${page.strong}">${escapeXml(bin.label)}</text>`,
    );
    left += binWidth;
  }
  cursor += 44;
  parts.push(
    `<rect x="${x}" y="${cursor - 16}" width="28" height="20" fill="url(#legend-hatch)" stroke="${page.swatch}"/>`,
    `<text x="${x + 36}" y="${cursor}" font-size="17" fill="${page.strong}">${escapeXml(input.legend.hatched)}</text>`,
  );
  return parts.join('');
}

/** The image of a view as an SVG document of the promised size. */
export function viewImageSvg(input: ViewImageInput): string {
  const { width, height } = IMAGE_SIZES[input.shape];
  const margin = 48;
  const landscape = input.shape === 'landscape';
  const textWidth = landscape ? 560 : width - 2 * margin;
  const charsPerLine = (size: number) => Math.floor(textWidth / (size * 0.55));
  const theme = input.theme ?? 'light';
  const page = PAGE_COLOURS[theme];

  const titleLines = wrapText(input.title, charsPerLine(40), 2);
  const subtitleLines = wrapText(input.subtitle, charsPerLine(26), 3);
  const header = [
    textLines(titleLines, margin, margin + 36, 40, `font-weight="700" fill="${page.strong}"`),
    textLines(subtitleLines, margin, margin + 36 + titleLines.length * 52 + 8, 26, `fill="${page.body}"`),
  ].join('');
  const headerBottom = margin + 36 + titleLines.length * 52 + 8 + subtitleLines.length * 34;

  // The footer runs under everything, full width: attribution, date and the link, each on one line.
  const footerSize = 16;
  const footerChars = Math.floor((width - 2 * margin) / (footerSize * 0.55));
  const footerLines = [
    ...wrapText(input.attribution, footerChars, 2),
    ...wrapText(input.dateLine, footerChars, 1),
    input.link,
  ];
  const footerTop = height - margin + 8 - (footerLines.length - 1) * footerSize * 1.3;
  const footer = footerLines
    .map(
      (line, index) =>
        `<text x="${margin}" y="${round(footerTop + index * footerSize * 1.3)}" font-size="${footerSize}" fill="${page.quiet}">${escapeXml(line)}</text>`,
    )
    .join('');
  const contentBottom = footerTop - footerSize - 16;

  let mapBox: Box;
  let legend: string;
  if (landscape) {
    const left = margin + textWidth + 32;
    mapBox = { x: left, y: margin / 2, width: width - left - margin / 2, height: contentBottom - margin / 2 };
    legend = legendGroup(input, margin, headerBottom + 40, textWidth);
  } else {
    const legendHeight = 200;
    mapBox = {
      x: margin,
      y: headerBottom + 8,
      width: width - 2 * margin,
      height: contentBottom - headerBottom - 8 - legendHeight,
    };
    legend = legendGroup(input, margin, mapBox.y + mapBox.height + 36, textWidth);
  }
  const hatch = `<defs><pattern id="legend-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${input.colours.noneFound}" stroke-width="1.2"/></pattern></defs>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', 'Noto Sans', sans-serif">`,
    hatch,
    `<rect width="${width}" height="${height}" fill="${page.page}"/>`,
    `<rect x="${mapBox.x}" y="${mapBox.y}" width="${mapBox.width}" height="${mapBox.height}" fill="${MAP_COLOURS[theme].land}"/>`,
    mapGroup(input, mapBox),
    header,
    legend,
    footer,
    '</svg>',
  ].join('');
}
