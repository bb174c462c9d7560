'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Citation } from '@/lib/export/citation';
import { useI18n } from './i18n';
import { copyText, saveFile } from './save-file';

export type CiteRequest = {
  /** "Cite this report" or "Cite this view". */
  heading: string;
  /** What is cited, in words (the report's title, the view's filters). */
  subject: string;
  citation: Citation;
  /** File name without extension, e.g. `nk-workers_report-id`. */
  fileBase: string;
};

type Format = { key: string; label: string; text: (citation: Citation) => string; extension: string; type: string };

const FORMATS: readonly Format[] = [
  { key: 'apa', label: 'APA', text: (c) => c.apa, extension: 'apa.txt', type: 'text/plain; charset=utf-8' },
  {
    key: 'chicago',
    label: 'Chicago',
    text: (c) => c.chicago,
    extension: 'chicago.txt',
    type: 'text/plain; charset=utf-8',
  },
  {
    key: 'bibtex',
    label: 'BibTeX',
    text: (c) => c.bibtex,
    extension: 'bib',
    type: 'application/x-bibtex; charset=utf-8',
  },
  {
    key: 'ris',
    label: 'RIS',
    text: (c) => c.ris,
    extension: 'ris',
    type: 'application/x-research-info-systems; charset=utf-8',
  },
  {
    key: 'csl',
    label: 'CSL-JSON',
    text: (c) => `${JSON.stringify([c.csl], null, 2)}\n`,
    extension: 'csl.json',
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  },
];

const BUTTON =
  'rounded border border-gray-400 bg-white px-2.5 py-1 text-sm font-medium text-gray-900 hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-blue-700';

/**
 * A citation five ways (APA, Chicago, BibTeX, RIS, CSL-JSON), each to copy or download. A modal `<dialog>`: the
 * browser keeps focus inside, Escape closes it, and focus returns to the button that opened it.
 */
export function CiteDialog({ request, onClose }: { request: CiteRequest | null; onClose: () => void }) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState('');
  const id = useId();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (request && !dialog.open) {
      setStatus('');
      dialog.showModal();
    } else if (!request && dialog.open) dialog.close();
  }, [request]);

  const format = FORMATS[active] ?? FORMATS[0];
  if (!format) return null;
  const text = request ? format.text(request.citation) : '';

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    let next = active;
    if (step !== 0) next = (active + step + FORMATS.length) % FORMATS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = FORMATS.length - 1;
    else return;
    event.preventDefault();
    setActive(next);
    tabRefs.current[next]?.focus();
  };

  const copy = async () => {
    const copied = await copyText(text);
    setStatus(copied ? t('cite.copied', { format: format.label }) : t('cite.copyFailed'));
  };
  const download = () => {
    if (!request) return;
    saveFile(`${request.fileBase}.${format.extension}`, text, format.type);
    setStatus(t('cite.downloaded', { format: format.label }));
  };

  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      // The heading and subject exist only while a citation is shown: no reference to absent elements.
      aria-labelledby={request ? `${id}-heading` : undefined}
      aria-describedby={request ? `${id}-subject` : undefined}
      className="m-auto w-[min(40rem,calc(100vw-1.5rem))] rounded-lg border border-gray-300 p-0 text-sm text-gray-900 shadow-xl backdrop:bg-black/40"
      data-testid="cite-dialog"
    >
      {request && (
        <div className="space-y-3 p-4">
          <div className="flex items-start justify-between gap-3">
            <div className="min-w-0">
              <h2 id={`${id}-heading`} className="text-base font-semibold">
                {request.heading}
              </h2>
              <p id={`${id}-subject`} className="mt-0.5 text-xs text-gray-700">
                {request.subject}
              </p>
            </div>
            <button type="button" onClick={() => dialogRef.current?.close()} className={BUTTON}>
              {t('cite.close')}
            </button>
          </div>
          <div role="tablist" aria-label={t('cite.formats')} className="flex flex-wrap gap-1 border-b border-gray-200">
            {FORMATS.map((candidate, index) => (
              <button
                key={candidate.key}
                ref={(element) => {
                  tabRefs.current[index] = element;
                }}
                type="button"
                role="tab"
                id={`${id}-tab-${candidate.key}`}
                aria-selected={index === active}
                aria-controls={`${id}-panel`}
                tabIndex={index === active ? 0 : -1}
                onClick={() => setActive(index)}
                onKeyDown={onTabKey}
                className={`-mb-px min-h-8 rounded-t border px-2.5 py-1 ${index === active ? 'border-gray-300 border-b-white bg-white font-semibold' : 'border-transparent text-blue-900 underline'}`}
              >
                {candidate.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${format.key}`}>
            <pre
              tabIndex={0}
              aria-label={t('cite.citationOf', { format: format.label })}
              className="max-h-64 overflow-auto whitespace-pre-wrap break-words rounded border border-gray-200 bg-gray-50 p-2 font-mono text-xs"
              data-testid="citation-text"
            >
              {text}
            </pre>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <button type="button" onClick={copy} className={BUTTON}>
                {t('cite.copy', { format: format.label })}
              </button>
              <button type="button" onClick={download} className={BUTTON}>
                {t('cite.download', { extension: format.extension })}
              </button>
              <span role="status" className="text-xs text-gray-800">
                {status}
              </span>
            </div>
          </div>
        </div>
      )}
    </dialog>
  );
}
