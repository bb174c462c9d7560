'use client';

import { useTheme } from './theme';
import type { ChangeKey } from '@/lib/view/change-bins';
import { useEffect, useId, useRef, useState } from 'react';
import { parsePreviewData } from '@/lib/data/client-data';
import type { Comparison } from '@/lib/view/compare';
import { downloadFileName, type DownloadView } from '@/lib/export/download-name';
import { LANGUAGE_TAGS, localePath, type Locale } from '@/lib/i18n/locales';
import { describeView } from '@/lib/i18n/text';
import type { PageData } from '@/lib/data/page-data';
import { joinReports, type ReportIndexEntry, type ReportTexts } from '@/lib/data/report-index';
import type { Selection } from '@/lib/view/selection';
import { type ViewState } from '@/lib/view/view-state';
import { serialize } from '@/lib/view/url-state';
import {
  EXPORT_FORMATS,
  EXPORT_LABELS,
  EXPORT_UNITS,
  IMAGE_SIZES,
  reportPlaceCount,
  type ExportFormat,
  type ImageShape,
} from '@/lib/export/formats';
import type { CiteRequest } from './cite-dialog';
import { isMenuKey, menuTarget, type MenuKey } from '@/lib/view/menu-keys';
import { useI18n } from './i18n';
import { fetchJson } from './use-fetched-json';
import { saveFile } from './save-file';
import { regionIndex } from '@/lib/data/region-index';

type ViewToolsProps = {
  page: PageData;
  view: ViewState;
  selection: Selection;
  /** With a comparison, the image shades the change between the two periods. */
  comparison: Comparison | null;
  /** The comparison's fill per prefecture, as the map draws it. */
  changeKeys: Readonly<Record<string, ChangeKey>> | null;
  /** Null while the report index loads: downloads wait for every matching report. */
  reports: readonly ReportIndexEntry[] | null;
  /** The reports' texts, awaited: a downloaded file carries every summary, never a record without one. */
  loadTexts: () => Promise<ReadonlyMap<string, ReportTexts>>;
  onCite: (request: CiteRequest) => void;
};

type ImageItem = { kind: 'png'; shape: ImageShape } | { kind: 'svg' };

const MENU_ITEM =
  'flex min-h-8 w-full items-center justify-between gap-3 rounded px-2 py-1 text-left text-sm text-gray-900 hover:bg-gray-100 focus-visible:bg-gray-100 disabled:text-gray-500';
const BUTTON =
  'rounded border border-gray-400 bg-white px-2.5 py-1 text-sm font-medium text-gray-900 hover:bg-gray-50 aria-expanded:bg-gray-100';

/** Today's date, written out in the page's language ("2 December 2026", "2026년 12월 2일"). */
function today(locale: Locale): string {
  const tag = locale === 'en' ? 'en-GB' : LANGUAGE_TAGS[locale];
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
}

/** Draws the SVG onto a canvas of its own size and encodes it as PNG. */
async function rasterise(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Taking a view away: its reports as files (CSV, GeoJSON, JSON, BibTeX, RIS, CSL-JSON), a picture of it (PNG for
 * slides and posts, SVG for editors) and a citation of the dataset as seen. Everything is built here in the
 * browser from the reports the list shows, by the same code that writes the whole-dataset files.
 */
export function ViewTools({
  page,
  view,
  selection,
  comparison,
  changeKeys,
  reports,
  loadTexts,
  onCite,
}: ViewToolsProps) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const theme = useTheme();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const menuId = useId();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !wrapperRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const ready = reports !== null;
  const empty = selection.total === 0;
  const downloadView: DownloadView = {
    region: view.region,
    sectors: view.sectors,
    conditions: view.conditions,
    confidence: view.confidence,
    from: view.from,
    to: view.to,
    compare: view.compare,
  };
  const viewUrl = `${page.siteUrl}${serialize({ ...view, report: null, embed: false })}`;
  const regionsBySlug = regionIndex(page.regions);
  const heading = describeView(i18n, view, page, selection.region);
  const reportCount = t('count.reports', { count: selection.total });
  const unitCount = {
    report: reportCount,
    'report-place': t('count.reportPlaces', { count: reportPlaceCount(selection.listed) }),
  };

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const menuRef = useRef<HTMLDivElement>(null);
  /** Set when the menu was opened with an arrow key: focus goes into it once it has rendered. */
  const enterWith = useRef<MenuKey | null>(null);
  const moveFocus = (key: MenuKey) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const current = items.findIndex((item) => item === document.activeElement);
    const target = menuTarget(current, items.length, key);
    if (target !== null) items[target]?.focus();
  };
  useEffect(() => {
    const key = enterWith.current;
    if (!open || key === null) return;
    enterWith.current = null;
    moveFocus(key);
  });

  const downloadData = async (format: ExportFormat) => {
    setStatus(t('tools.loading'));
    try {
      // The builders load on first use: most readers never download, and the menu needs only their names. The
      // texts are awaited: a file never holds a record without its summary.
      const [{ viewFile }, { siteCitationContext }, texts] = await Promise.all([
        import('@/lib/export/view-export'),
        import('@/lib/export/citation'),
        loadTexts(),
      ]);
      const file = viewFile(format, downloadView, {
        reports: joinReports(selection.listed, texts),
        regionsBySlug,
        citation: siteCitationContext(page.datasetVersion, page.siteUrl),
      });
      if (file.status === 'empty') {
        setStatus(t('tools.empty'));
        return;
      }
      saveFile(file.fileName, file.body, file.contentType);
      setStatus(t('tools.downloadedData', { file: file.fileName, reports: unitCount[EXPORT_UNITS[format]] }));
      close();
    } catch (error) {
      setStatus(t('tools.dataFailed', { error: error instanceof Error ? error.message : String(error) }));
    }
  };

  const imageSvg = async (shape: ImageShape) => {
    const preview = parsePreviewData(await fetchJson(page.assets.preview));
    if (!preview.ok) throw new Error(preview.error);
    const [{ viewImageSvg }, { composeViewImage }] = await Promise.all([
      import('@/lib/export/view-image'),
      import('@/lib/export/compose-view-image'),
    ]);
    return viewImageSvg(
      composeViewImage({
        i18n,
        page,
        view,
        selection,
        comparison,
        changeKeys,
        preview: preview.value,
        shape,
        date: today(locale),
        link: viewUrl,
        theme,
      }),
    );
  };

  const downloadImage = async (item: ImageItem) => {
    setStatus(t('tools.drawing'));
    try {
      if (item.kind === 'svg') {
        const name = downloadFileName(downloadView, 'svg');
        saveFile(name, await imageSvg('landscape'), 'image/svg+xml; charset=utf-8');
        setStatus(t('tools.downloaded', { file: name }));
      } else {
        const { width, height } = IMAGE_SIZES[item.shape];
        const name = downloadFileName(downloadView, `${width}x${height}.png`);
        saveFile(name, await rasterise(await imageSvg(item.shape), width, height), 'image/png');
        setStatus(t('tools.downloaded', { file: name }));
      }
      close();
    } catch (error) {
      setStatus(t('tools.imageFailed', { error: error instanceof Error ? error.message : String(error) }));
    }
  };

  const citeView = async () => {
    const { citeDataset } = await import('@/lib/export/citation');
    onCite({
      heading: t('tools.citeView'),
      subject: t('tools.citeSubject', { heading, reports: reportCount }),
      citation: citeDataset({
        version: page.datasetVersion,
        url: `${page.siteUrl}${localePath('en', '/')}`,
        viewUrl,
        // The view in the reader's language: it is their citation of what they saw.
        filtersInWords: heading,
      }),
      fileBase: downloadFileName(downloadView, 'citation').replace(/\.citation$/, '_citation'),
    });
  };

  return (
    <div className="js-only flex flex-wrap items-center gap-2 print:hidden" data-testid="view-tools">
      <div ref={wrapperRef} className="relative">
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls={open ? menuId : undefined}
          onClick={() => setOpen((value) => !value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              if (open) moveFocus(event.key);
              else {
                enterWith.current = event.key;
                setOpen(true);
              }
            }
          }}
          className={BUTTON}
        >
          {t('tools.download')} <span aria-hidden="true">▾</span>
        </button>
        {open && (
          <div
            id={menuId}
            ref={menuRef}
            className="absolute left-0 top-full z-30 mt-1 w-72 space-y-2 rounded-lg border border-gray-300 bg-white p-2 shadow-lg"
            onKeyDown={(event) => {
              if (event.key === 'Escape') close();
              if (isMenuKey(event.key)) {
                event.preventDefault();
                moveFocus(event.key);
              }
            }}
          >
            {empty ? (
              <p className="px-2 py-1 text-sm text-gray-800" data-testid="download-empty">
                {t('tools.empty')}
              </p>
            ) : !ready ? (
              <p className="px-2 py-1 text-sm text-gray-800">{t('tools.loading')}</p>
            ) : null}
            <div role="group" aria-label={t('tools.dataLabel', { reports: reportCount })}>
              <p aria-hidden="true" className="px-2 text-xs font-semibold text-gray-700">
                {t('tools.dataHeading', { reports: reportCount })}
              </p>
              {EXPORT_FORMATS.map((format) => (
                <button
                  key={format}
                  type="button"
                  disabled={!ready || empty}
                  onClick={() => void downloadData(format)}
                  className={MENU_ITEM}
                  data-format={format}
                >
                  <span>
                    {EXPORT_LABELS[format]} <span className="text-xs text-gray-600">.{format}</span>
                  </span>
                  <span className="text-xs tabular-nums text-gray-700">{unitCount[EXPORT_UNITS[format]]}</span>
                </button>
              ))}
            </div>
            <div role="group" aria-label={t('tools.image')}>
              <p aria-hidden="true" className="px-2 text-xs font-semibold text-gray-700">
                {t('tools.image')}
              </p>
              {(Object.keys(IMAGE_SIZES) as ImageShape[]).map((shape) => (
                <button
                  key={shape}
                  type="button"
                  disabled={!ready}
                  onClick={() => void downloadImage({ kind: 'png', shape })}
                  className={MENU_ITEM}
                  data-image={shape}
                >
                  {shape === 'landscape' ? t('tools.pngLandscape') : t('tools.pngSquare')}
                  <span className="text-xs text-gray-600">
                    {IMAGE_SIZES[shape].width}×{IMAGE_SIZES[shape].height}
                  </span>
                </button>
              ))}
              <button
                type="button"
                disabled={!ready}
                onClick={() => void downloadImage({ kind: 'svg' })}
                className={MENU_ITEM}
                data-image="svg"
              >
                {t('tools.svg')}
                <span className="text-xs text-gray-600">{t('tools.vector')}</span>
              </button>
            </div>
          </div>
        )}
      </div>
      <button type="button" onClick={() => void citeView()} className={BUTTON}>
        {t('tools.citeView')}
      </button>
      <span role="status" className="text-xs text-gray-800" data-testid="view-tools-status">
        {status}
      </span>
    </div>
  );
}
